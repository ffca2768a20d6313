import { isUtf8 } from 'node:buffer';
import { Transform } from 'node:stream';
import iconv from 'iconv-lite';

/**
 * Passes UTF-8 text through and turns the text of a file that is not UTF-8 into UTF-8, reading it
 * as Windows-1252 (Latin-1 with typographic quotes and dashes, what "Latin-1" files written on
 * Windows are). SCB's bulk file is Latin-1, Bolagsverket's has been described both ways, and a
 * CSV saved by Excel is either: so the file decides. Latin-1 Swedish text is almost never valid
 * UTF-8 (an "å" is one byte followed by ASCII), so the first byte that is not UTF-8 switches the
 * rest of the file; everything before it was ASCII or real UTF-8 and reads the same either way.
 */
export function utf8OrLatin1(): Transform {
  let latin1 = false;
  let carry: Buffer = Buffer.alloc(0);
  // Not TextDecoder: Node 20's reads 'windows-1252' as ISO-8859-1 (0x96 is a control, not "–").
  const toUtf8 = (bytes: Buffer) => Buffer.from(iconv.decode(bytes, 'windows-1252'), 'utf8');
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (latin1) return done(null, toUtf8(chunk));
      const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeLength(bytes);
      const complete = bytes.subarray(0, cut);
      if (isUtf8(complete)) {
        carry = Buffer.from(bytes.subarray(cut));
        return done(null, complete);
      }
      latin1 = true;
      carry = Buffer.alloc(0);
      done(null, toUtf8(bytes));
    },
    flush(done) {
      // A file that ends inside a UTF-8 sequence was not UTF-8 there.
      done(null, carry.length ? toUtf8(carry) : null);
    },
  });
}

/** How many bytes of `bytes` end on a whole UTF-8 character (a chunk may split one). */
function completeLength(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back]!;
    if (byte < 0x80) return bytes.length;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? bytes.length - back : bytes.length;
    }
  }
  return bytes.length;
}
