import { describe, expect, it } from 'vitest';
import { parseVCards } from '../../../shared/contacts/vcard';
import { ParsedVCardContactSchema } from '../../../shared/contacts/vcard-contact';
import { vcardFixture } from './fixture';

describe('parseVCards on an iPhone export', () => {
  const [ingrid, company, erik] = parseVCards(vcardFixture('iphone-export.vcf'));

  it('returns every card in the file, each matching the schema', () => {
    const contacts = parseVCards(vcardFixture('iphone-export.vcf'));
    expect(contacts.map((contact) => contact.fullName)).toEqual([
      'Ingrid Marie Haugen',
      'Nordlys Shipping ASA',
      'Erik Lindqvist',
    ]);
    for (const contact of contacts) expect(ParsedVCardContactSchema.parse(contact)).toEqual(contact);
  });

  it('takes first and last name from N and the display name from FN', () => {
    expect(ingrid).toMatchObject({ firstName: 'Ingrid', lastName: 'Haugen', fullName: 'Ingrid Marie Haugen' });
  });

  it('splits ORG into company and department', () => {
    expect(ingrid).toMatchObject({ organization: 'Fjordlys AS', department: 'Salg og marked', title: 'Salgssjef' });
  });

  it('reads repeated type= params, marks pref as preferred and drops the internet type', () => {
    expect(ingrid?.emails).toEqual([
      { address: 'ingrid.haugen@fjordlys.no', types: ['work'], preferred: true },
      { address: 'ingrid.m.haugen@gmail.com', types: ['home'], preferred: false },
    ]);
  });

  it('adds the X-ABLabel of a grouped item to its types', () => {
    expect(ingrid?.phones).toEqual([
      { number: '+47 915 55 123', types: ['cell', 'voice'], preferred: true },
      { number: '22 33 44 55', types: ['sentralbord'], preferred: false },
      { number: '+47 22 33 44 56', types: ['work', 'voice'], preferred: false },
    ]);
    expect(company?.emails[0]?.types).toEqual(['other']);
    expect(erik?.emails[0]?.types).toEqual(['jobb']);
  });

  it('reads grouped addresses and unescapes Apple’s escaped colon in URLs', () => {
    expect(ingrid?.addresses).toEqual([
      { street: 'Karl Johans gate 1', postalCode: '0154', city: 'Oslo', region: null, country: 'Norge', types: ['work'] },
    ]);
    expect(ingrid?.urls).toEqual(['https://fjordlys.no']);
  });

  it('reads a birthday without year and drops the inline base64 photo', () => {
    expect(ingrid).toMatchObject({ birthday: '--03-15', photoUrl: null, uid: '8C1B2F4E-1A2B-4C3D-9E8F-0A1B2C3D4E5F' });
    expect(ingrid?.note).toBe('Møtte henne på Nor-Shipping.');
  });

  it('leaves the person name empty on a company card', () => {
    expect(company).toMatchObject({
      firstName: '',
      lastName: null,
      fullName: 'Nordlys Shipping ASA',
      organization: 'Nordlys Shipping ASA',
    });
    expect(company?.department).toBeNull();
  });
});

describe('parseVCards on a Google Contacts 3.0 export', () => {
  const [sanne, jeroen] = parseVCards(vcardFixture('google-contacts-3.0.vcf'));

  it('reads LF-only files with upper-case repeated TYPE params', () => {
    expect(sanne).toMatchObject({ firstName: 'Sanne', lastName: 'de Vries', title: 'Accountmanager', birthday: '1988-04-23' });
    expect(sanne?.emails.map((email) => [email.address, email.types])).toEqual([
      ['sanne@tulpenhandel.nl', ['work']],
      ['sanne.devries@gmail.com', ['home']],
    ]);
    expect(sanne?.phones.map((phone) => phone.number)).toEqual(['+31 6 12345678', '020 123 4567']);
  });

  it('reads all seven ADR components', () => {
    expect(sanne?.addresses).toEqual([
      {
        street: 'Keizersgracht 100',
        postalCode: '1015 AA',
        city: 'Amsterdam',
        region: 'Noord-Holland',
        country: 'Nederland',
        types: ['work'],
      },
    ]);
  });

  it('splits CATEGORIES and ignores an empty item label', () => {
    expect(sanne?.categories).toEqual(['Klanten', 'myContacts']);
    expect(sanne?.urls).toEqual(['https://www.tulpenhandel.nl']);
    expect(jeroen?.emails[0]?.types).toEqual(['inkoop']);
    expect(jeroen).toMatchObject({ lastName: 'van den Berg', organization: 'Bergbouw', department: 'Inkoop' });
  });
});

describe('parseVCards on vCard 4.0', () => {
  const [mette] = parseVCards(vcardFixture('vcard-4.0-tel-uri.vcf'));

  it('reads tel: URIs as numbers and keeps the extension', () => {
    expect(mette?.phones).toEqual([
      { number: '+45-33-12-34-56 ext. 210', types: ['work', 'voice'], preferred: true },
      { number: '+4520304050', types: ['cell'], preferred: false },
    ]);
  });

  it('treats the lowest PREF as preferred', () => {
    expect(mette?.emails.map((email) => [email.address, email.preferred])).toEqual([
      ['mette@havneby.dk', true],
      ['mette.k@example.dk', false],
    ]);
  });

  it('keeps a quoted LABEL parameter from splitting the ADR value', () => {
    expect(mette?.addresses).toEqual([
      { street: 'Havnegade 3', postalCode: '8000', city: 'Aarhus C', region: null, country: 'Danmark', types: ['work'] },
    ]);
  });

  it('reads UID, photo URL and a birthday without year', () => {
    expect(mette).toMatchObject({
      uid: 'urn:uuid:0190c7a4-7b1e-7c3a-9d2f-3e4a5b6c7d8e',
      photoUrl: 'https://havneby.dk/team/mette.jpg',
      birthday: '--06-12',
    });
  });
});

describe('parseVCards on escaped and folded text', () => {
  const [ola] = parseVCards(vcardFixture('escaped-folded-note.vcf'));

  it('unescapes commas and semicolons without splitting on them', () => {
    expect(ola).toMatchObject({ lastName: 'Bakke, Jr.', fullName: 'Ola Bakke, Jr.', title: 'Leder; Salg, Norden' });
    expect(ola).toMatchObject({ organization: 'Bakke, Berg & Co; AS', department: 'Nord, Vest' });
    expect(ola?.categories).toEqual(['Kunder, A', 'Partnere']);
  });

  it('joins a NOTE folded by spaces and tabs, even inside an escape, after a BOM', () => {
    expect(ola?.note).toBe(
      'Første linje\nAndre linje med komma, semikolon; og backslash \\ – og dette er en lang merknad som er brettet over ' +
        'flere linjer fordi den er lengre enn 75 oktetter, så parseren må lime den sammen igjen.',
    );
  });
});
