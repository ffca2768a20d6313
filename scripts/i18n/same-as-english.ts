/**
 * Catalogue values that are rightly the same as the English one in a language: the word is the
 * same there ("Status" in Norwegian, "Filter" in Dutch). Anything else left in English is a gap.
 */
export const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  nb: ['Status', 'Filter', 'Type'],
  sv: ['Status', 'Filter', 'Typ'],
  da: ['Status', 'Filter', 'Type', 'Tags', 'E-mail'],
  nl: ['Status', 'Filter', 'Type', 'Tags', 'E-mail'],
  es: ['No'],
};
