import type en from './en';

export default {
  'contacts.list.empty':
    'Ingen kontaktpersoner endnu: brug Importér .vcf til at hente en eksport fra telefonen eller mailprogrammet, eller tilføj personer, du finder på virksomhedssider, fra pop op-vinduet i værktøjslinjen.',
  'contacts.list.vcard': 'vCard (.vcf)',
  'contacts.filter.anyCompany': 'Alle virksomheder',
  'contacts.filter.searchLabel': 'Søg efter den virksomhed, kontaktpersonen arbejder hos',
  'contacts.filter.searchPlaceholder': 'Søg på virksomhedsnavn, domæne eller CVR-nummer',
  'contacts.filter.noMatch': 'Ingen virksomhed matcher “{query}”.',
  'contacts.card.exportVcf': 'Eksportér .vcf',
  'contacts.card.details': 'Detaljer',
  'contacts.card.address': 'Adresse',
  'contacts.card.web': 'Websted',
  'contacts.card.notLinked': 'Ikke knyttet til nogen virksomhed.',
  'contacts.card.primary': '(primær)',
  'contacts.card.customEmpty': 'Ingen endnu: brugerdefinerede værdier kommer med importer og API’et.',
  'contacts.card.timeline': 'Tidslinje',
} satisfies Record<keyof typeof en, string>;
