import type en from './en';

export default {
  'summaries.agreement.title': 'Aftaler',
  'summaries.agreement.add': 'Tilføj aftale',
  'summaries.agreement.empty':
    'Ingen aftaler registreret: brug Tilføj aftale, eller lad dit regnskabs- eller signeringsværktøj indberette dem.',
  'summaries.invoice.title': 'Fakturaer',
  'summaries.invoice.add': 'Tilføj faktura',
  'summaries.invoice.empty':
    'Ingen fakturaer registreret: brug Tilføj faktura, eller lad dit regnskabs- eller signeringsværktøj indberette dem.',
  'summaries.status.draft': 'Kladde',
  'summaries.status.sent': 'Sendt',
  'summaries.status.signed': 'Underskrevet',
  'summaries.status.cancelled': 'Annulleret',
  'summaries.status.paid': 'Betalt',
  'summaries.status.overdue': 'Forfalden',
  'summaries.status.credited': 'Krediteret',
  'summaries.field.number': 'Nummer',
  'summaries.field.title': 'Titel',
  'summaries.field.date': 'Dato',
  'summaries.field.dueDate': 'Forfaldsdato',
  'summaries.field.amount': 'Beløb',
  'summaries.field.currency': 'Valuta',
  'summaries.field.status': 'Status',
  'summaries.table.due': 'Forfald',
  'summaries.notDeleted': 'Ikke slettet: {reason}',
  'summaries.confirmDelete': 'Slet {number}?',
  'summaries.issue.notADate': 'er ikke en gyldig dato',
  'summaries.issue.currencyCode': 'skal være en ISO 4217-kode, f.eks. DKK',
  'summaries.issue.oneOf': 'skal være en af {values}',
} satisfies Record<keyof typeof en, string>;
