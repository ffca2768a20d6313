/**
 * A file name made from a title (an appointment, a company): no path, quote or control
 * characters, no leading dot, spaces collapsed, at most `max` characters; `fallback` when nothing
 * is left.
 */
export function fileNameFromTitle(title: string, fallback: string, max = 80): string {
  return (
    title
      .replace(/[\p{C}/\\:*?"<>|]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+/, '')
      .trim()
      .slice(0, max) || fallback
  );
}
