import type en from './en';

export default {
  'contacts.list.empty':
    'Inga kontaktpersoner än: använd Importera .vcf för att hämta in en export från telefonen eller e-postprogrammet, eller lägg till personer som du hittar på företagssidor via popup-fönstret i verktygsfältet.',
  'contacts.list.vcard': 'vCard (.vcf)',
  'contacts.filter.anyCompany': 'Alla företag',
  'contacts.filter.searchLabel': 'Sök efter företaget som kontaktpersonen arbetar på',
  'contacts.filter.searchPlaceholder': 'Sök på företagsnamn, domän eller org.nr',
  'contacts.filter.noMatch': 'Inget företag matchar ”{query}”.',
  'contacts.card.exportVcf': 'Exportera .vcf',
  'contacts.card.details': 'Uppgifter',
  'contacts.card.address': 'Adress',
  'contacts.card.web': 'Webb',
  'contacts.card.notLinked': 'Inte kopplad till något företag.',
  'contacts.card.primary': '(primärt)',
  'contacts.card.customEmpty': 'Inga än: egna värden kommer med importer och API:et.',
  'contacts.card.timeline': 'Tidslinje',
} satisfies Record<keyof typeof en, string>;
