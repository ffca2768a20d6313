/** Letters NFKD does not take apart. */
const LATIN: Record<string, string> = { æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L' };

/**
 * `Content-Disposition` for a download under its own name: an ASCII fallback ("Tilbud pa for.pdf")
 * and the exact UTF-8 name (RFC 6266 / RFC 5987), so "Tilbud på fôr.pdf" arrives as itself.
 */
export function downloadName(name: string): string {
  const clean = name.replace(/[\p{C}"\\/]+/gu, '_');
  const ascii = clean
    .replace(/[æÆøØßđĐłŁ]/g, (ch) => LATIN[ch] ?? '_')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${rfc5987(clean)}`;
}

/** `encodeURIComponent` leaves `'`, `(` and `)` as they are; RFC 5987 values may not carry them. */
function rfc5987(value: string) {
  return encodeURIComponent(value).replace(/['()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}
