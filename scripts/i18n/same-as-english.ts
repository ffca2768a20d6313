/**
 * Catalogue values that are rightly the same as the English one in a language: the word is the
 * same there ("Status" in Norwegian, "Filter" in Dutch). Anything else left in English is a gap.
 */
export const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  nb: ['Status', 'status', 'Filter', 'Type', 'Partner'],
  sv: ['Status', 'status', 'Filter', 'Typ', 'Partner'],
  da: ['Status', 'status', 'Partner', 'Tag', 'Filter', 'Type', 'Tags', 'tags', 'E-mail', 'E-mails', 'Note', 'note', 'Dashboard'],
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
    'Partner',
    'Prospect',
    'Suspect',
  ],
  es: ['No', 'no', 'h'],
};
