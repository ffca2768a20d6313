import { describe, expect, it } from 'vitest';
import { decodeVCardFile } from '../../../shared/contacts/decode-vcard-file';
import { parseVCards } from '../../../shared/contacts/vcard';
import { vcardFixture, vcardFixtureBytes } from './fixture';

describe('parseVCards on vCard 2.1 with quoted-printable', () => {
  it('decodes ISO-8859-1 and Windows-1252 bytes from an Outlook card', () => {
    const [bjorn] = parseVCards(vcardFixture('outlook-2.1-latin1.vcf'));
    expect(bjorn).toMatchObject({ firstName: 'Bjørn', lastName: 'Sørbø', fullName: 'Bjørn Sørbø' });
    expect(bjorn).toMatchObject({ organization: 'Blåbær Eiendom AS', department: 'Utleie', title: 'Daglig leder' });
    expect(bjorn?.note).toBe('Møtt på messen i Ålesund – vil ha tilbud på ændringer før jul. “Haster”.');
  });

  it('reads bare 2.1 parameters as types and keeps a quoted-printable line break in the street', () => {
    const [bjorn] = parseVCards(vcardFixture('outlook-2.1-latin1.vcf'));
    expect(bjorn?.phones).toEqual([
      { number: '+47 77 12 34 56', types: ['work', 'voice'], preferred: false },
      { number: '+47 912 34 567', types: ['cell', 'voice'], preferred: false },
    ]);
    expect(bjorn?.emails).toEqual([{ address: 'bjorn@blabaer.no', types: [], preferred: true }]);
    expect(bjorn?.addresses).toEqual([
      { street: 'Storgata 1\n3. etasje', postalCode: '9008', city: 'Tromsø', region: null, country: 'Norge', types: ['work'] },
    ]);
  });

  it('decodes UTF-8 quoted-printable from an Android export', () => {
    const [kjaersti] = parseVCards(vcardFixture('android-2.1-utf8.vcf'));
    expect(kjaersti).toMatchObject({ firstName: 'Kjærsti', lastName: 'Øverland', organization: 'Håndverkær AS' });
  });

  it('reads a raw Latin-1 file once its bytes are decoded with decodeVCardFile', () => {
    const [aase] = parseVCards(decodeVCardFile(vcardFixtureBytes('nokia-2.1-latin1-raw.vcf')));
    expect(aase).toMatchObject({ firstName: 'Åse', lastName: 'Æsøy', fullName: 'Åse Æsøy' });
    expect(aase?.addresses[0]?.street).toBe('Øvre Slottsgate 3');
  });
});
