import type en from './en';

export default {
  'summaries.agreement.title': 'Avtaler',
  'summaries.agreement.add': 'Legg til avtale',
  'summaries.agreement.empty':
    'Ingen avtaler registrert: bruk Legg til avtale, eller la regnskaps- eller signeringsverktøyet ditt melde dem inn.',
  'summaries.invoice.title': 'Fakturaer',
  'summaries.invoice.add': 'Legg til faktura',
  'summaries.invoice.empty':
    'Ingen fakturaer registrert: bruk Legg til faktura, eller la regnskaps- eller signeringsverktøyet ditt melde dem inn.',
  'summaries.status.draft': 'Utkast',
  'summaries.status.sent': 'Sendt',
  'summaries.status.signed': 'Signert',
  'summaries.status.cancelled': 'Kansellert',
  'summaries.status.paid': 'Betalt',
  'summaries.status.overdue': 'Forfalt',
  'summaries.status.credited': 'Kreditert',
  'summaries.field.number': 'Nummer',
  'summaries.field.title': 'Tittel',
  'summaries.field.date': 'Dato',
  'summaries.field.dueDate': 'Forfallsdato',
  'summaries.field.amount': 'Beløp',
  'summaries.field.currency': 'Valuta',
  'summaries.field.status': 'Status',
  'summaries.table.due': 'Forfall',
  'summaries.notDeleted': 'Ikke slettet: {reason}',
  'summaries.confirmDelete': 'Slette {number}?',
  'summaries.issue.notADate': 'er ikke en gyldig dato',
  'summaries.issue.currencyCode': 'må være en ISO 4217-kode, for eksempel NOK',
  'summaries.issue.oneOf': 'må være en av {values}',
} satisfies Record<keyof typeof en, string>;
