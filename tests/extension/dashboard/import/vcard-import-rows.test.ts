import { beforeAll, describe, expect, it } from 'vitest';
import { importRows } from '../../../../extension/dashboard/import/vcard-import-rows';
import { startLanguage } from '../../../../extension/ui/i18n/use-i18n';

beforeAll(() => startLanguage('en', {} as HTMLElement));

const NO_LOOKUPS = { items: [], members: [], customFields: [] };

const CARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:Haugen;Ingrid;;;',
  'FN:Ingrid Haugen',
  'ORG:Fjordlys AS;Salg',
  'TITLE:Salgssjef',
  'ROLE:Teamleder',
  'BDAY:1985-03-02',
  'EMAIL;TYPE=WORK:ingrid@fjordlys.no',
  'ADR;TYPE=WORK:;;Karl Johans gate 1;Oslo;;0154;Norge',
  'ADR;TYPE=HOME:;;Bygdøy allé 5;Oslo;;0257;Norge',
  'URL:https://fjordlys.no',
  'URL:https://www.linkedin.com/in/ingridhaugen',
  'NOTE:Møtt på Nor-Fishing.',
  'END:VCARD',
].join('\r\n');

describe('vCard import rows', () => {
  it('keeps what a contact has no field for in its note, and says so in the preview', () => {
    const [row] = importRows(CARD, NO_LOOKUPS);
    expect(row!.problem).toBeNull();
    expect(row!.body).toMatchObject({
      firstName: 'Ingrid',
      title: 'Salgssjef',
      address: { street: 'Karl Johans gate 1', city: 'Oslo', country: 'NO' },
      url: 'https://fjordlys.no',
      birthday: '1985-03-02',
    });
    expect(row!.body!.notes).toBe(
      [
        'Møtt på Nor-Fishing.',
        '',
        'From the vCard:',
        'Company: Fjordlys AS, Salg',
        'Role: Teamleder',
        'Address (home): Bygdøy allé 5, 0257 Oslo, Norge',
        'Web: https://www.linkedin.com/in/ingridhaugen',
      ].join('\n'),
    );
    expect(row!.leftOut).toEqual([
      'kept in the note: company "Fjordlys AS" (not linked), department, role, 1 more address, 1 more web address',
    ]);
  });

  it('leaves a card with nothing extra as it was', () => {
    const [row] = importRows(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nN:Dahl;Per;;;\r\nFN:Per Dahl\r\nNOTE:Ring etter 10.\r\nEND:VCARD',
      NO_LOOKUPS,
    );
    expect(row!.body!.notes).toBe('Ring etter 10.');
    expect(row!.leftOut).toEqual([]);
  });

  it('writes the note and the preview in the language the user picked', async () => {
    await startLanguage('nb', {} as HTMLElement);
    try {
      const [row] = importRows(CARD, NO_LOOKUPS);
      expect(row!.body!.notes).toContain('Fra vCard:\nFirma: Fjordlys AS, Salg\nRolle: Teamleder');
      expect(row!.leftOut[0]).toBe(
        'tatt vare på i notatet: firma «Fjordlys AS» (ikke koblet), avdeling, rolle, 1 adresse til, 1 nettadresse til',
      );
    } finally {
      await startLanguage('en', {} as HTMLElement);
    }
  });

  it('says why a card is left out, and what is wrong with a phone number, in the language the user picked', async () => {
    await startLanguage('nb', {} as HTMLElement);
    try {
      const cutOff = `${CARD}\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Per`;
      const rows = importRows(cutOff, NO_LOOKUPS);
      expect(rows[1]!.problem).toBe('kan ikke leses: filen slutter midt i dette kortet (mangler END:VCARD)');
      const badPhone = CARD.replace('END:VCARD', 'TEL;TYPE=CELL:12\r\nEND:VCARD');
      expect(importRows(badPhone, NO_LOOKUPS)[0]!.problem).toBe('Telefon: «12» er ikke et telefonnummer');
      // zod's own limits, worded by zod's Norwegian locale as the server words them.
      const longName = CARD.replace('N:Haugen;Ingrid;;;', `N:Haugen;${'I'.repeat(300)};;;`);
      expect(importRows(longName, NO_LOOKUPS)[0]!.problem).toBe('Fornavn: For stor(t): forventet string til å ha <=100 tegn');
    } finally {
      await startLanguage('en', {} as HTMLElement);
    }
  });
});
