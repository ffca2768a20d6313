import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { describe, expect, it } from 'vitest';
import { utf8OrLatin1 } from '../../../server/registers/mirror/utf8-or-latin1';

/** The bytes in chunks of `size`, so characters are split across chunks. */
const chunked = (bytes: Buffer, size: number) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) => bytes.subarray(i * size, (i + 1) * size)),
    { objectMode: false },
  );
const decode = (bytes: Buffer, size: number) => text(chunked(bytes, size).pipe(utf8OrLatin1()));

const SWEDISH = 'Fjällräven Konsult AB;ÅRE;Östersund – “Sippan”\n';

describe('reading a register file that may be UTF-8 or Latin-1', () => {
  it('passes UTF-8 through, also when a chunk ends inside a character', async () => {
    for (const size of [1, 2, 3, 7, 1 << 16]) expect(await decode(Buffer.from(SWEDISH.repeat(3)), size)).toBe(SWEDISH.repeat(3));
  });

  it('reads a file that is not UTF-8 as Windows-1252, from its first byte on', async () => {
    const latin1 = Buffer.concat([
      Buffer.from('Fjällräven Konsult AB;ÅRE;Östersund ', 'latin1'),
      Buffer.from([0x96, 0x20, 0x93]),
      Buffer.from('Sippan', 'latin1'),
      Buffer.from([0x94, 0x0a]),
    ]);
    for (const size of [1, 5, 1 << 16]) expect(await decode(latin1, size)).toBe(SWEDISH);
  });

  it('switches when the first Latin-1 letter comes after a long ASCII start', async () => {
    const start = 'organisationsidentitet;namn\n'.repeat(5000);
    const bytes = Buffer.concat([Buffer.from(start), Buffer.from('5566778899;Fjällräven\n', 'latin1')]);
    expect(await decode(bytes, 4096)).toBe(`${start}5566778899;Fjällräven\n`);
  });

  it('ends a file cut inside a UTF-8 sequence without losing the bytes', async () => {
    expect(await decode(Buffer.from([0x41, 0xc3]), 1)).toBe('AÃ');
  });
});
