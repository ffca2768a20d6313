import { describe, expect, it } from 'vitest';
import { parseVCards, parseVCardsWithReport } from '../../../shared/contacts/vcard';
import { vcardFixture } from './fixture';

const card = (...lines: string[]) => ['BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'].join('\r\n');

describe('parseVCardsWithReport', () => {
  it('skips a card cut off before END:VCARD and keeps the ones around it', () => {
    const report = parseVCardsWithReport(vcardFixture('broken-between-good.vcf'));
    expect(report.contacts.map((contact) => contact.fullName)).toEqual(['Kari Berg', 'Per Dahl']);
    expect(report.skipped).toEqual([{ index: 1, reason: 'cutBeforeNext' }]);
  });

  it('reports a card truncated at the end of the file', () => {
    const report = parseVCardsWithReport(`${card('FN:Kari Berg')}\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Per`);
    expect(report.contacts).toHaveLength(1);
    expect(report.skipped).toEqual([{ index: 1, reason: 'cutAtEnd' }]);
  });

  it('skips a card with nothing to import', () => {
    const report = parseVCardsWithReport(card('PHOTO;ENCODING=b;TYPE=JPEG:AAAA', 'REV:20240101T000000Z'));
    expect(report.contacts).toEqual([]);
    expect(report.skipped).toEqual([{ index: 0, reason: 'nothingToImport' }]);
  });

  it('keeps a card whose only data is an address, with an empty name', () => {
    const [contact] = parseVCards(card('ADR;TYPE=work:;;Bryggen 5;Bergen;;5003;Norge'));
    expect(contact).toMatchObject({ fullName: '', firstName: '', addresses: [{ street: 'Bryggen 5', city: 'Bergen' }] });
  });
});

describe('parseVCards', () => {
  it.each([
    ['an empty string', ''],
    ['text that is no vCard', 'hello\nworld:'],
    ['only BEGIN', 'BEGIN:VCARD'],
    ['an END without BEGIN', 'END:VCARD'],
    ['unbalanced quotes in params', card('FN;X="open:Kari', 'TEL;TYPE="cell:+47 1')],
    ['a stray QP soft break at the end', card('FN;ENCODING=QUOTED-PRINTABLE:Kari=')],
    ['a lone backslash', card('FN:Kari \\')],
    ['a non-string', 42 as unknown as string],
  ])('does not throw on %s', (_, text) => {
    expect(() => parseVCards(text)).not.toThrow();
  });

  it('ignores lines that are not properties inside a card', () => {
    const [contact] = parseVCards(card('FN:Kari Berg', 'this line has no colon', '=garbage', 'EMAIL:kari@berg.no'));
    expect(contact?.emails.map((email) => email.address)).toEqual(['kari@berg.no']);
  });

  it('reads a card whose VERSION comes after other properties, and lower-case BEGIN/END', () => {
    const [contact] = parseVCards('begin:vcard\nN:Gump;Forrest\nversion:2.1\nend:vcard\n');
    expect(contact).toMatchObject({ firstName: 'Forrest', lastName: 'Gump', fullName: 'Forrest Gump' });
  });

  it('keeps the space at a 2.1 fold, which 2.1 makes only at whitespace', () => {
    const [contact] = parseVCards('BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Forrest\r\n Gump\r\nEND:VCARD');
    expect(contact?.fullName).toBe('Forrest Gump');
  });

  it('skips the nested card of a 2.1 AGENT', () => {
    const text = [
      'BEGIN:VCARD',
      'VERSION:2.1',
      'FN:Kari Berg',
      'AGENT:',
      'BEGIN:VCARD',
      'FN:Assistent',
      'END:VCARD',
      'TEL:+4790000000',
      'END:VCARD',
    ];
    const contacts = parseVCards(text.join('\r\n'));
    expect(contacts).toHaveLength(1);
    expect(contacts[0]).toMatchObject({ fullName: 'Kari Berg', phones: [{ number: '+4790000000' }] });
  });

  it('ignores text between cards such as blank lines and mail headers', () => {
    const text = `From: someone\r\n\r\n${card('FN:Kari Berg')}\r\n\r\n\r\n${card('FN:Per Dahl')}\r\n`;
    expect(parseVCards(text).map((contact) => contact.fullName)).toEqual(['Kari Berg', 'Per Dahl']);
  });
});
