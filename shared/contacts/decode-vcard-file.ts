import { decodeBytes } from './decode-bytes';

/**
 * Text of a .vcf file from its bytes, for the import screen (File.arrayBuffer()). Exports come in
 * UTF-8, UTF-16 with a BOM (some Windows tools) or the system code page (Outlook, old phones,
 * `CHARSET=ISO-8859-1` without quoted-printable). Reading a Latin-1 file as UTF-8 would turn every
 * æøå into U+FFFD for good, so each line is read as UTF-8 when it is valid UTF-8 and as
 * Windows-1252 otherwise: that also survives a file concatenated from both kinds.
 */
export function decodeVCardFile(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), false);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i <= body.length; i++) {
    if (i < body.length && body[i] !== 0x0a) continue;
    lines.push(decodeBytes(body.subarray(start, i)));
    start = i + 1;
  }
  return lines.join('\n');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const [a, b] = [bytes[i] ?? 0, bytes[i + 1] ?? 0];
    text += String.fromCharCode(littleEndian ? a | (b << 8) : (a << 8) | b);
  }
  return text;
}
