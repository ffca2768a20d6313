/**
 * `Content-Disposition` for a download under the name it was uploaded with: an ASCII fallback
 * and the exact UTF-8 name (RFC 6266 / RFC 5987), so "Tilbud på fôr.pdf" arrives as itself.
 */
export function downloadName(name: string): string {
  const clean = name.replace(/[\r\n"\\/]+/g, '_');
  const ascii = clean.normalize('NFKD').replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(clean)}`;
}
