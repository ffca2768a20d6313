/** contacts: the English text, the reference every other catalogue of this feature must match key for key. */
export default {
  'contacts.list.empty':
    'No contacts yet: use Import .vcf to bring in a phone or e-mail export, or add people found on company pages from the toolbar popup.',
  'contacts.list.vcard': 'vCard (.vcf)',
  'contacts.filter.anyCompany': 'Any company',
  'contacts.filter.searchLabel': 'Search for a company the contact works at',
  'contacts.filter.searchPlaceholder': 'Search company name, domain or org number',
  'contacts.filter.noMatch': 'No company matches "{query}".',
  'contacts.card.exportVcf': 'Export .vcf',
  'contacts.card.details': 'Details',
  'contacts.card.address': 'Address',
  'contacts.card.web': 'Web',
  'contacts.card.notLinked': 'Not linked to any company.',
  'contacts.card.primary': '(primary)',
  'contacts.card.customEmpty': 'None yet: custom values arrive with imports and the API.',
  'contacts.card.timeline': 'Timeline',
};
