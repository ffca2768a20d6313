import type en from './en';

export default {
  'summaries.agreement.title': 'Avtal',
  'summaries.agreement.add': 'Lägg till avtal',
  'summaries.agreement.empty':
    'Inga avtal registrerade: använd Lägg till avtal, eller låt ditt ekonomi- eller signeringsverktyg rapportera dem.',
  'summaries.invoice.title': 'Fakturor',
  'summaries.invoice.add': 'Lägg till faktura',
  'summaries.invoice.empty':
    'Inga fakturor registrerade: använd Lägg till faktura, eller låt ditt ekonomi- eller signeringsverktyg rapportera dem.',
  'summaries.status.draft': 'Utkast',
  'summaries.status.sent': 'Skickad',
  'summaries.status.signed': 'Signerad',
  'summaries.status.cancelled': 'Avbruten',
  'summaries.status.paid': 'Betald',
  'summaries.status.overdue': 'Förfallen',
  'summaries.status.credited': 'Krediterad',
  'summaries.field.number': 'Nummer',
  'summaries.field.title': 'Titel',
  'summaries.field.date': 'Datum',
  'summaries.field.dueDate': 'Förfallodatum',
  'summaries.field.amount': 'Belopp',
  'summaries.field.currency': 'Valuta',
  'summaries.field.status': 'Status',
  'summaries.table.due': 'Förfaller',
  'summaries.notDeleted': 'Inte borttaget: {reason}',
  'summaries.confirmDelete': 'Ta bort {number}?',
  'summaries.issue.notADate': 'är inte ett giltigt datum',
  'summaries.issue.currencyCode': 'måste vara en ISO 4217-kod, till exempel SEK',
  'summaries.issue.oneOf': 'måste vara en av {values}',
} satisfies Record<keyof typeof en, string>;
