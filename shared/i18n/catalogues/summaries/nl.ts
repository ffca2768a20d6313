import type en from './en';

export default {
  'summaries.agreement.title': 'Overeenkomsten',
  'summaries.agreement.add': 'Overeenkomst toevoegen',
  'summaries.agreement.empty':
    'Geen overeenkomsten vastgelegd: gebruik Overeenkomst toevoegen, of laat je boekhoud- of ondertekeningstool ze doorgeven.',
  'summaries.invoice.title': 'Facturen',
  'summaries.invoice.add': 'Factuur toevoegen',
  'summaries.invoice.empty':
    'Geen facturen vastgelegd: gebruik Factuur toevoegen, of laat je boekhoud- of ondertekeningstool ze doorgeven.',
  'summaries.status.draft': 'Concept',
  'summaries.status.sent': 'Verzonden',
  'summaries.status.signed': 'Ondertekend',
  'summaries.status.cancelled': 'Geannuleerd',
  'summaries.status.paid': 'Betaald',
  'summaries.status.overdue': 'Achterstallig',
  'summaries.status.credited': 'Gecrediteerd',
  'summaries.field.number': 'Nummer',
  'summaries.field.title': 'Titel',
  'summaries.field.date': 'Datum',
  'summaries.field.dueDate': 'Vervaldatum',
  'summaries.field.amount': 'Bedrag',
  'summaries.field.currency': 'Valuta',
  'summaries.field.status': 'Status',
  'summaries.table.due': 'Vervalt',
  'summaries.notDeleted': 'Niet verwijderd: {reason}',
  'summaries.confirmDelete': '{number} verwijderen?',
  'summaries.issue.notADate': 'is geen geldige datum',
  'summaries.issue.currencyCode': 'moet een ISO 4217-code zijn, zoals EUR',
  'summaries.issue.oneOf': 'moet een van deze zijn: {values}',
} satisfies Record<keyof typeof en, string>;
