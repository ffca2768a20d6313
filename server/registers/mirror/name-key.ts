/** Letters NFKD does not take apart, folded as Nordic users type them on an English keyboard. */
const LETTERS: Record<string, string> = { æ: 'ae', ø: 'o', ß: 'ss', đ: 'd', ł: 'l', þ: 'th', ð: 'd' };

/**
 * A company name folded for prefix search: lower case, accents off (å → a, ö → o, ø → o),
 * punctuation as spaces, spaces collapsed. "Bodø Fisk A/S" → "bodo fisk a s".
 */
export function registerNameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[æøßđłþð]/g, (ch) => LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The smallest key after every key starting with `prefix`: the end of a prefix range. */
export function prefixEnd(prefix: string): string {
  return prefix + '\uffff';
}
