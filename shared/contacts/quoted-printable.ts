/**
 * Quoted-printable (RFC 2045 §6.7) as vCard 2.1 uses it: `=XX` is one byte, every other
 * character stands for itself. Returns bytes because the text's charset is a separate
 * parameter (`CHARSET=ISO-8859-1`), decoded afterwards. Soft line breaks are joined while
 * unfolding (vcard-lines.ts); a stray `=` that does not start a hex pair is kept as written, as
 * Outlook and old phones sometimes emit one.
 */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '=') {
      const hex = text.slice(i + 1, i + 3);
      if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
        bytes.push(Number.parseInt(hex, 16));
        i += 2;
        continue;
      }
    }
    pushUtf8(bytes, text.codePointAt(i) ?? 0);
    if ((text.codePointAt(i) ?? 0) > 0xffff) i++;
  }
  return Uint8Array.from(bytes);
}

/** A literal character in QP text is not supposed to be beyond ASCII; if it is, keep it as UTF-8. */
function pushUtf8(bytes: number[], code: number): void {
  if (code < 0x80) bytes.push(code);
  else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
  else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
}
