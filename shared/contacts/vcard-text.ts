/**
 * Backslash escapes of vCard text values (RFC 6350 §3.4): `\\`, `\n`, `\,`, `\;`. Splitting
 * happens on the escaped text so `ABC\, Inc.;Sales` is two components, the first with a comma.
 * Unknown escapes keep their backslash (a Windows path in a 2.1 NOTE), except `\:` which Apple
 * writes in URLs.
 */
export function splitVCardValue(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '\\') i++;
    else if (value[i] === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

const UNESCAPED: Record<string, string> = { n: '\n', N: '\n', ',': ',', ';': ';', ':': ':', '\\': '\\' };

export function unescapeVCardText(value: string): string {
  return value
    .replace(/\\(.)?/g, (whole, char: string | undefined) => (char ? (UNESCAPED[char] ?? whole) : ''))
    .replace(/\r\n?/g, '\n');
}

/** Escapes a text value for writing; newlines of any kind become `\n`. */
export function escapeVCardText(value: string): string {
  return value.replace(/[\\,;]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n');
}

/** Structured value (N, ADR, ORG) → components, each unescaped and trimmed. */
export function vcardComponents(value: string): string[] {
  return splitVCardValue(value, ';').map((part) => unescapeVCardText(part).trim());
}

/** List value (CATEGORIES, NICKNAME, or one N component) → non-empty items. */
export function vcardList(value: string): string[] {
  return splitVCardValue(value, ',')
    .map((part) => unescapeVCardText(part).trim())
    .filter(Boolean);
}
