import type en from './en';

export default {
  'contacts.list.empty':
    'Nog geen contactpersonen: gebruik .vcf importeren om een export van je telefoon of e-mailprogramma binnen te halen, of voeg mensen die je op bedrijfspagina’s vindt toe via de pop-up in de werkbalk.',
  'contacts.list.vcard': 'vCard (.vcf)',
  'contacts.filter.anyCompany': 'Elk bedrijf',
  'contacts.filter.searchLabel': 'Zoek het bedrijf waar de contactpersoon werkt',
  'contacts.filter.searchPlaceholder': 'Zoek op bedrijfsnaam, domein of KvK-nummer',
  'contacts.filter.noMatch': 'Geen bedrijf gevonden voor “{query}”.',
  'contacts.card.exportVcf': '.vcf exporteren',
  'contacts.card.details': 'Gegevens',
  'contacts.card.address': 'Adres',
  'contacts.card.web': 'Website',
  'contacts.card.notLinked': 'Niet gekoppeld aan een bedrijf.',
  'contacts.card.primary': '(primair)',
  'contacts.card.customEmpty': 'Nog geen: eigen waarden komen binnen via imports en de API.',
  'contacts.card.timeline': 'Tijdlijn',
} satisfies Record<keyof typeof en, string>;
