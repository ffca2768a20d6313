import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeUtf8 } from '../../../shared/contacts/decode-bytes';
import { decodeVCardFile } from '../../../shared/contacts/decode-vcard-file';
import { decodeQuotedPrintable } from '../../../shared/contacts/quoted-printable';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('decodeQuotedPrintable', () => {
  it('turns =XX into bytes and keeps other characters', () => {
    expect([...decodeQuotedPrintable('S=C3=B8r=3Dbo')]).toEqual([0x53, 0xc3, 0xb8, 0x72, 0x3d, 0x62, 0x6f]);
  });

  it('keeps a stray = that does not start a hex pair', () => {
    expect([...decodeQuotedPrintable('a=zb=')]).toEqual([0x61, 0x3d, 0x7a, 0x62, 0x3d]);
  });
});

describe('decodeBytes', () => {
  it('reads ø as two bytes in UTF-8 and one in ISO-8859-1', () => {
    expect(decodeBytes(bytes(0xc3, 0xb8), 'UTF-8')).toBe('ø');
    expect(decodeBytes(bytes(0xf8), 'ISO-8859-1')).toBe('ø');
    expect(decodeBytes(bytes(0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5), 'latin1')).toBe('æøåÆØÅ');
  });

  it('reads ISO-8859-1 as Windows-1252, as browsers do, for Outlook’s curly quotes and euro sign', () => {
    expect(decodeBytes(bytes(0x93, 0x80, 0x94, 0x96), 'ISO-8859-1')).toBe('“€”–');
    expect(decodeBytes(bytes(0xa4), 'windows-1252')).toBe('¤');
  });

  it('reads ISO-8859-15 with its euro sign and Š', () => {
    expect(decodeBytes(bytes(0xa4, 0xa6, 0xe6), 'ISO-8859-15')).toBe('€Šæ');
  });

  it('falls back to Windows-1252 when bytes labelled UTF-8 are not UTF-8', () => {
    expect(decodeBytes(bytes(0x53, 0xf8, 0x72), 'UTF-8')).toBe('Sør');
  });

  it('guesses UTF-8, then Windows-1252, without a charset or with an unknown one', () => {
    expect(decodeBytes(bytes(0xc3, 0xa5))).toBe('å');
    expect(decodeBytes(bytes(0xe5))).toBe('å');
    expect(decodeBytes(bytes(0xe5), 'x-no-such-charset')).toBe('å');
  });

  it('hands other charsets to the runtime decoder', () => {
    expect(decodeBytes(bytes(0xb3, 0xf3, 0x64, 0xbc), 'ISO-8859-2')).toBe('łódź');
  });
});

describe('decodeUtf8', () => {
  it('decodes four-byte characters and rejects broken sequences', () => {
    expect(decodeUtf8(bytes(0xf0, 0x9f, 0xab, 0x90))).toBe('🫐');
    expect(decodeUtf8(bytes(0xc3))).toBeNull();
    expect(decodeUtf8(bytes(0xc0, 0xaf))).toBeNull();
    expect(decodeUtf8(bytes(0xed, 0xa0, 0x80))).toBeNull();
  });
});

describe('decodeVCardFile', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('drops a UTF-8 BOM', () => {
    expect(decodeVCardFile(Uint8Array.from([0xef, 0xbb, 0xbf, ...encode('FN:Åse')]))).toBe('FN:Åse');
  });

  it('reads UTF-16 with a byte order mark', () => {
    const little = Uint8Array.from([0xff, 0xfe, ...[...'FN:Åse'].flatMap((char) => [char.charCodeAt(0), 0])]);
    const big = Uint8Array.from([0xfe, 0xff, ...[...'FN:Åse'].flatMap((char) => [0, char.charCodeAt(0)])]);
    expect(decodeVCardFile(little)).toBe('FN:Åse');
    expect(decodeVCardFile(big)).toBe('FN:Åse');
  });

  it('reads each line as UTF-8 or Windows-1252, so a file mixing both keeps its letters', () => {
    const mixed = Uint8Array.from([...encode('FN:Bjørn\r\n'), ...[0x46, 0x4e, 0x3a, 0xc5, 0x73, 0x65, 0x0d, 0x0a]]);
    expect(decodeVCardFile(mixed)).toBe('FN:Bjørn\r\nFN:Åse\r\n');
  });
});
