/**
 * Bytes to text for the charsets vCards arrive in. UTF-8 and the Western single-byte sets are
 * decoded here so the result is the same in the extension, the server and tests; any other
 * label goes to the runtime's TextDecoder when there is one (browsers and Node both have it, but
 * shared/ compiles without DOM or Node types, hence the feature check).
 */
type Decoder = new (label: string, options?: { fatal?: boolean }) => { decode(bytes: Uint8Array): string };

// Windows-1252 0x80–0x9F. ISO-8859-1 is read as Windows-1252, as browsers do: Outlook labels
// cp1252 text (curly quotes, €) as ISO-8859-1, and real C1 controls never occur in a contact.
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const LATIN9_CHANGES: Record<number, number> = {
  0xa4: 0x20ac,
  0xa6: 0x160,
  0xa8: 0x161,
  0xb4: 0x17d,
  0xb8: 0x17e,
  0xbc: 0x152,
  0xbd: 0x153,
  0xbe: 0x178,
};
const WESTERN = /^(iso-?8859-1|iso_8859-1|latin-?1|l1|windows-1252|cp-?1252|x-cp1252|us-ascii|ascii|iso-?646-us)$/;
const LATIN9 = /^(iso-?8859-15|iso_8859-15|latin-?9|l9)$/;

/** Decodes with `charset`; without one, UTF-8 when the bytes are valid UTF-8, else Windows-1252. */
export function decodeBytes(bytes: Uint8Array, charset?: string): string {
  const label = (charset ?? '').trim().toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return decodeUtf8(bytes) ?? decodeWestern(bytes);
  if (WESTERN.test(label)) return decodeWestern(bytes);
  if (LATIN9.test(label)) return decodeWestern(bytes, LATIN9_CHANGES);
  if (label) {
    const decoded = decodeWithRuntime(bytes, label);
    if (decoded !== null) return decoded;
  }
  return decodeUtf8(bytes) ?? decodeWestern(bytes);
}

/** A single-byte Western decode never fails, so it is the last resort for unknown input. */
function decodeWestern(bytes: Uint8Array, changes: Record<number, number> = {}): string {
  let text = '';
  for (const byte of bytes) {
    const code = changes[byte] ?? (byte >= 0x80 && byte < 0xa0 ? (CP1252_HIGH[byte - 0x80] ?? byte) : byte);
    text += String.fromCharCode(code);
  }
  return text;
}

function decodeWithRuntime(bytes: Uint8Array, label: string): string | null {
  const TextDecoderClass = (globalThis as { TextDecoder?: Decoder }).TextDecoder;
  if (!TextDecoderClass) return null;
  try {
    return new TextDecoderClass(label, { fatal: true }).decode(bytes);
  } catch {
    return null; // unknown label (RangeError) or bytes not in that charset (TypeError)
  }
}

/** Strict UTF-8: null on any invalid, overlong or truncated sequence, so the caller can fall back. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  const codes: number[] = [];
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const length =
      lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return null;
    let code = length === 1 ? lead : lead & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k] ?? 0;
      if ((next & 0xc0) !== 0x80) return null;
      code = (code << 6) | (next & 0x3f);
    }
    const overlong = (length === 3 && code < 0x800) || (length === 4 && code < 0x10000);
    if (overlong || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
    codes.push(code);
    i += length;
  }
  return codesToString(codes);
}

function codesToString(codes: number[]): string {
  let text = '';
  // Chunked: String.fromCodePoint(...codes) overflows the call stack on a large file.
  for (let i = 0; i < codes.length; i += 8192) text += String.fromCodePoint(...codes.slice(i, i + 8192));
  return text;
}
