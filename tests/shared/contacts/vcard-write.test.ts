import { describe, expect, it } from 'vitest';
import { parseVCards, toVCard, toVCards } from '../../../shared/contacts/vcard';
import { contactInput } from './contact-input';
import { vcardFixture } from './fixture';

const utf8 = new TextEncoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

describe('toVCard', () => {
  it('writes a vCard 4.0 card with CRLF line endings', () => {
    expect(toVCard(contactInput())).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN:Ingrid Haugen',
        'N:Haugen;Ingrid;;;',
        'ORG:Fjordlys AS;Salg',
        'TITLE:Salgssjef',
        'ROLE:Beslutningstaker',
        'EMAIL;TYPE=work;PREF=1:ingrid@fjordlys.no',
        'EMAIL:ingrid@example.no',
        'TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+4791555123',
        'TEL;VALUE=text;TYPE=work,voice:+47 22 33 44 55',
        'ADR;TYPE=work:;;Karl Johans gate 1;Oslo;;0154;Norge',
        'URL:https://fjordlys.no',
        'NOTE:Kunde siden 2019.',
        'BDAY:19800315',
        'CATEGORIES:Kunder,Oslo',
        'UID:urn:uuid:0190c7a4-7b1e-7c3a-9d2f-3e4a5b6c7d8e',
        'PHOTO:https://fjordlys.no/ingrid.jpg',
        'END:VCARD',
        '',
      ].join('\r\n'),
    );
  });

  it('escapes commas, semicolons, backslashes and newlines in text values', () => {
    const text = toVCard({ fullName: 'Bakke, Berg; og \\ Co', note: 'Linje 1\r\nLinje 2\nLinje 3', organization: 'A;B' });
    expect(text).toContain('\r\nFN:Bakke\\, Berg\\; og \\\\ Co\r\n');
    expect(text).toContain('\r\nNOTE:Linje 1\\nLinje 2\\nLinje 3\r\n');
    expect(text).toContain('\r\nORG:A\\;B\r\n');
  });

  it('folds long lines at 75 octets without splitting a multi-byte character', () => {
    const note = 'Blåbærsyltetøy 🫐 på skjærgården, '.repeat(12);
    const text = toVCard({ fullName: 'Åse Æsøy', note });
    const physical = text.split('\r\n').slice(0, -1);
    expect(physical.length).toBeGreaterThan(8);
    for (const line of physical) {
      const bytes = utf8.encode(line);
      expect(bytes.length).toBeLessThanOrEqual(75);
      expect(() => strictUtf8.decode(bytes)).not.toThrow();
    }
    expect(physical.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    expect(parseVCards(text)[0]?.note).toBe(note.trim());
  });

  it('writes a tel: URI with its extension and keeps other numbers as text', () => {
    const text = toVCard({ fullName: 'X', phones: [{ number: '+45-33-12-34-56 ext. 210' }, { number: '(0221) 9999123' }] });
    expect(text).toContain('TEL;VALUE=uri:tel:+45-33-12-34-56;ext=210\r\n');
    expect(text).toContain('TEL;VALUE=text:(0221) 9999123\r\n');
  });

  it('derives FN from the name parts, then the company, when there is no full name', () => {
    expect(toVCard({ firstName: 'Kari', lastName: 'Berg' })).toContain('\r\nFN:Kari Berg\r\n');
    expect(toVCard({ organization: 'Fjordlys AS' })).toContain('\r\nFN:Fjordlys AS\r\nN:;;;;\r\nORG:Fjordlys AS\r\n');
  });

  it('marks a company without a person’s name as KIND:org so it reads back as a company', () => {
    const company = { fullName: 'Nordlys', organization: 'Nordlys Shipping ASA' };
    expect(toVCard(company)).toContain('\r\nVERSION:4.0\r\nKIND:org\r\nFN:Nordlys\r\n');
    expect(parseVCards(toVCard(company))[0]).toMatchObject({ firstName: '', lastName: null, fullName: 'Nordlys' });
    expect(toVCard({ fullName: 'Kari Berg' })).not.toContain('KIND');
    expect(parseVCards(toVCard({ fullName: 'Kari Berg' }))[0]).toMatchObject({ firstName: 'Kari', lastName: 'Berg' });
  });

  it('leaves out empty fields and addresses', () => {
    const text = toVCard({ fullName: 'Kari', emails: [{ address: ' ' }], addresses: [{ street: null, city: '' }], note: '' });
    expect(text).toBe('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Kari\r\nN:;;;;\r\nEND:VCARD\r\n');
  });
});

describe('toVCards', () => {
  it('writes one card after the other', () => {
    const text = toVCards([{ fullName: 'Kari Berg' }, { fullName: 'Per Dahl' }]);
    expect(text.match(/BEGIN:VCARD\r\n/g)).toHaveLength(2);
    expect(parseVCards(text).map((contact) => contact.fullName)).toEqual(['Kari Berg', 'Per Dahl']);
  });
});

describe('round trip', () => {
  it('gives back every field of a complete contact', () => {
    const contact = contactInput();
    expect(parseVCards(toVCard(contact))).toEqual([contact]);
  });

  it('gives back text that needs escaping, folding and multi-line streets', () => {
    const contact = contactInput({
      fullName: 'Ola Bakke, Jr.',
      organization: 'Bakke, Berg & Co; AS',
      department: 'Nord, Vest',
      note: `Første linje\nAndre; med \\ backslash, ${'og en lang hale '.repeat(10).trim()}`,
      addresses: [
        { street: 'Storgata 1\n3. etasje', postalCode: '9008', city: 'Tromsø', region: null, country: 'Norge', types: [] },
      ],
      categories: ['Kunder, A', 'Partnere'],
      birthday: '--06-12',
    });
    expect(parseVCards(toVCard(contact))).toEqual([contact]);
  });

  it('keeps a contact known only by its phone number nameless', () => {
    const [contact] = parseVCards('BEGIN:VCARD\r\nVERSION:3.0\r\nTEL;TYPE=cell:+47 915 55 123\r\nEND:VCARD\r\n');
    expect(contact).toMatchObject({ firstName: '', lastName: null, fullName: '+47 915 55 123' });
    expect(parseVCards(toVCard(contact!))).toEqual([contact]);
  });

  it.each([
    'iphone-export.vcf',
    'outlook-2.1-latin1.vcf',
    'google-contacts-3.0.vcf',
    'vcard-4.0-tel-uri.vcf',
    'escaped-folded-note.vcf',
    'android-2.1-utf8.vcf',
  ])('gives back what was parsed from %s', (name) => {
    const contacts = parseVCards(vcardFixture(name));
    expect(contacts.length).toBeGreaterThan(0);
    expect(parseVCards(toVCards(contacts))).toEqual(contacts);
  });
});
