/**
 * Catalogue values that are rightly the same as the English one in a language: the word is the
 * same there ("Status" in Norwegian, "Filter" in Dutch). Anything else left in English is a gap.
 */
export const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  nb: ['Status', 'status', 'Filter', 'Type'],
  sv: ['Status', 'status', 'Filter', 'Typ'],
  da: ['Status', 'status', 'Tag', 'Filter', 'Type', 'Tags', 'tags', 'E-mail', 'E-mails', 'Note', 'note', 'Dashboard'],
  nl: [
    'Status',
    'status',
    'Tag',
    'Record',
    'Filter',
    'Type',
    'Tags',
    'tags',
    'E-mail',
    'E-mails',
    'Week',
    'Dashboard',
    'Website',
    'Postcode',
  ],
  es: ['No', 'no'],
};
