import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSignature, type ParsedSignature } from '../../../shared/mail/parse-signature';
import { cutQuotedHistory } from '../../../shared/mail/reply-cut';
import { findSignatureBlock, type MailSender } from '../../../shared/mail/signature-block';

const fixtures = join(import.meta.dirname, '../../fixtures/mail/signatures');
const cases = JSON.parse(readFileSync(join(fixtures, 'expected.json'), 'utf8')) as Record<
  string,
  { sender: MailSender; expected: ParsedSignature }
>;

describe('parseSignature', () => {
  it.each(Object.entries(cases))('reads the sender card from %s', (name, { sender, expected }) => {
    const body = readFileSync(join(fixtures, `${name}.txt`), 'utf8');
    expect(parseSignature(body, sender)).toEqual(expected);
  });

  it('reads the same card from CRLF bodies', () => {
    const body = readFileSync(join(fixtures, 'nl-gmail.txt'), 'utf8').replace(/\n/g, '\r\n');
    const { sender, expected } = cases['nl-gmail']!;
    expect(parseSignature(body, sender)).toEqual(expected);
  });

  it('finds nothing in a reply without a signature', () => {
    expect(
      parseSignature('Ok, see you then!\n\nOn Mon, 3 Mar 2025 at 10:00, Kari <k@fjordbruk.no> wrote:\n> Kari Nordmann\n> CEO'),
    ).toEqual({ phones: [], emails: [] });
  });

  it('never throws, whatever it is given', () => {
    const odd = ['', '\n\n\n', '>', '-- ', 'x'.repeat(100_000), '+47'.repeat(5000), '\u0000\uFFFF', null, undefined, 42];
    for (const body of odd) expect(() => parseSignature(body as string, { address: '' })).not.toThrow();
  });
});

describe('cutQuotedHistory', () => {
  const headers = [
    'On Mon, 3 Mar 2025 at 10:00, Kari <k@x.no> wrote:',
    'Den man. 3. mar. 2025 kl. 10:00 skrev Kari Nordmann <k@x.no>:',
    'Den 3 mars 2025 kl. 10:00 skrev Anna Berg <anna@x.se>:',
    'Den 3. mar. 2025 kl. 10.00 skrev Mads Holm <mads@x.dk>:',
    'tir. 4. mar. 2025 kl. 09:12 skrev Ola Hansen <ola@x.no>:',
    'Op ma 3 mrt 2025 om 10:00 schreef Jan Bakker <jan@x.nl>:',
    'Am Mo., 3. März 2025 um 10:00 Uhr schrieb Stefan Weber <weber@x.de>:',
    'El lun, 3 mar 2025 a las 10:00, Carlos Ruiz (<carlos@x.es>) escribió:',
    'On Mon, 3 Mar 2025 at 10:00, Kari Nordmann <\nkari@x.no> wrote:',
    'From: Kari <k@x.no>\nSent: Monday, March 3, 2025 10:00\nTo: Ola',
    'Fra: Kari <k@x.no>\nSendt: mandag 3. mars 2025 10:00\nTil: Ola',
    'Från: Anna <a@x.se>\nSkickat: den 3 mars 2025 10:00\nTill: Erik',
    'Van: Jan <jan@x.nl>\nVerzonden: maandag 3 maart 2025 10:00\nAan: Lotte',
    'Von: Stefan <s@x.de>\nGesendet: Montag, 3. März 2025 10:00\nAn: Thomas',
    'De: Carlos <c@x.es>\nEnviado: lunes, 3 de marzo de 2025 10:00\nPara: María',
    '-----Original Message-----',
    '-----Opprinnelig melding-----',
  ];
  it.each(headers)('cuts the history at %j', (header) => {
    const body = `Takk, det passer fint.\n\nKari\n\n${header}\n\nEarlier message\n\nOla Hansen\nSalgssjef`;
    expect(cutQuotedHistory(body)).toBe('Takk, det passer fint.\n\nKari');
  });

  it('keeps a sentence that merely ends in "wrote:"', () => {
    expect(cutQuotedHistory('This is what he wrote:\nhello')).toBe('This is what he wrote:\nhello');
  });
});

// The talon corpus (mailgun/talon, Apache-2.0) is shared test data outside the repository: when it is
// there, at least 80% of its signature-extraction cases must find the same signature text (6 of 6 today).
const talon = join(import.meta.dirname, '../../../../shared/testdata/email-signatures/talon');

describe('findSignatureBlock', () => {
  it('finds the signatures of the talon extraction cases, when that corpus is present', () => {
    if (!existsSync(join(talon, 'expected.json'))) return;
    const { signature_extraction: extraction } = JSON.parse(readFileSync(join(talon, 'expected.json'), 'utf8')) as {
      signature_extraction: { name: string; body_file: string; sender_file: string; expected_signature_file: string }[];
    };
    const read = (file: string): string => readFileSync(join(talon, file), 'utf8');
    const misses = extraction.filter((c) => {
      const from = read(c.sender_file).trim();
      const sender = from.includes('@') ? { address: from } : { name: from, address: '' };
      return findSignatureBlock(read(c.body_file), sender).signature !== read(c.expected_signature_file).trim();
    });
    expect(extraction.length).toBeGreaterThan(0);
    expect(1 - misses.length / extraction.length).toBeGreaterThanOrEqual(0.8);
  });
});
