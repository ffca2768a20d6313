import type en from './en';

export default {
  'contacts.list.empty':
    'Ingen kontaktpersoner ennå: bruk Importer .vcf for å hente inn en eksport fra telefonen eller e-postprogrammet, eller legg til personer du finner på firmasider, fra popup-vinduet i verktøylinjen.',
  'contacts.list.vcard': 'vCard (.vcf)',
  'contacts.filter.anyCompany': 'Alle firmaer',
  'contacts.filter.searchLabel': 'Søk etter firmaet kontaktpersonen jobber i',
  'contacts.filter.searchPlaceholder': 'Søk på firmanavn, domene eller org.nr.',
  'contacts.filter.noMatch': 'Ingen firmaer samsvarer med «{query}».',
  'contacts.card.exportVcf': 'Eksporter .vcf',
  'contacts.card.details': 'Detaljer',
  'contacts.card.address': 'Adresse',
  'contacts.card.web': 'Nettsted',
  'contacts.card.notLinked': 'Ikke knyttet til noe firma.',
  'contacts.card.primary': '(hovedfirma)',
  'contacts.card.customEmpty': 'Ingen ennå: egendefinerte verdier kommer med importer og API-et.',
  'contacts.card.timeline': 'Tidslinje',
} satisfies Record<keyof typeof en, string>;
