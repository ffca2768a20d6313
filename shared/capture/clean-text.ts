/** Trims, collapses whitespace (NBSP included) and drops zero-width characters; blank → undefined. */
export function cleanText(input: string | null | undefined): string | undefined {
  if (input === null || input === undefined) return undefined;
  const text = input
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text === '' ? undefined : text;
}

/** Lower-case name with legal-form suffixes and punctuation removed, for "is this the same org?". */
export function nameKey(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const key = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}&]+/gu, ' ')
    .replace(/\b(as|asa|ab|publ|aps|a s|a\/s|i s|bv|b v|nv|n v|vof|ltd|limited|plc|llp|llc|inc|gmbh|ag|oy|oyj|sa|ehf|hf)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return key === '' ? undefined : key;
}
