// Legal forms say nothing about which company it is: "Fjord AS" and "Fjord" are the same name.
const LEGAL_FORMS = new Set([
  'as',
  'asa',
  'ab',
  'publ',
  'aps',
  'a/s',
  'i/s',
  'k/s',
  'p/s',
  'amba',
  'ivs',
  'ltd',
  'limited',
  'plc',
  'llp',
  'llc',
  'inc',
  'bv',
  'b.v.',
  'nv',
  'n.v.',
  'vof',
  'gmbh',
  'ag',
  'oy',
  'oyj',
  'sa',
  'ans',
  'da',
  'enk',
  'nuf',
  'hb',
  'kb',
  'co',
  'corp',
]);

/** A comparable form of a name: lower case, no accents, no legal form, no punctuation ("Ålesund Fisk A/S" → "alesund fisk"). */
export function nameKey(name: string): string {
  const words = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' og ')
    .split(/[\s,]+/)
    .filter((w) => w && !LEGAL_FORMS.has(w));
  return words
    .join(' ')
    .replace(/[^\p{L}\p{N} ]+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function bigrams(s: string): Map<string, number> {
  const grams = new Map<string, number>();
  const padded = ` ${s} `;
  for (let i = 0; i < padded.length - 1; i++) {
    const g = padded.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** Dice coefficient of the names' bigrams, 0–1, on their keys (1 = same name up to form and punctuation). */
export function nameSimilarity(a: string, b: string): number {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  const ga = bigrams(ka);
  const gb = bigrams(kb);
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  const total = [...ga.values(), ...gb.values()].reduce((sum, n) => sum + n, 0);
  return (2 * shared) / total;
}

/** Names at least this similar are offered as possible duplicates. */
export const SIMILAR_NAME = 0.8;
