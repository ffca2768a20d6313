const MAX_OCTETS = 75;

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2): continuation lines start with a space,
 * which counts towards their 75. Counts UTF-8 bytes and breaks only between code points, so
 * "ø" (2 bytes) or an emoji (4 bytes, a surrogate pair in JS) is never cut in half.
 */
export function foldVCardLine(line: string): string {
  const parts: string[] = [];
  let part = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(part);
      part = '';
      octets = 0;
    }
    part += char;
    octets += size;
  }
  parts.push(part);
  return parts.join('\r\n ');
}

function utf8Length(code: number): number {
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}
