import type { SummaryKind } from '../../../shared/api/company-summaries.api';
import { AGREEMENT_STATUSES, INVOICE_STATUSES } from '../../../shared/entities/company-summaries';
import type { MessageKey } from '../../../shared/i18n/messages';

/** Each kind's own sentences: "an agreement" and "an invoice" inflect differently in every language. */
export const SUMMARY_KINDS = {
  agreement: {
    title: 'summaries.agreement.title',
    add: 'summaries.agreement.add',
    empty: 'summaries.agreement.empty',
    statuses: AGREEMENT_STATUSES,
  },
  invoice: {
    title: 'summaries.invoice.title',
    add: 'summaries.invoice.add',
    empty: 'summaries.invoice.empty',
    statuses: INVOICE_STATUSES,
  },
} as const satisfies Record<SummaryKind, { title: MessageKey; add: MessageKey; empty: MessageKey; statuses: readonly string[] }>;

type SummaryStatus = (typeof AGREEMENT_STATUSES)[number] | (typeof INVOICE_STATUSES)[number];

export const STATUS_LABELS: Record<SummaryStatus, MessageKey> = {
  draft: 'summaries.status.draft',
  sent: 'summaries.status.sent',
  signed: 'summaries.status.signed',
  cancelled: 'summaries.status.cancelled',
  paid: 'summaries.status.paid',
  overdue: 'summaries.status.overdue',
  credited: 'summaries.status.credited',
};

/** The form's labels by API field, so the server's issues land at the right input. */
export const SUMMARY_LABELS = {
  number: 'summaries.field.number',
  title: 'summaries.field.title',
  date: 'summaries.field.date',
  dueDate: 'summaries.field.dueDate',
  amountMinor: 'summaries.field.amount',
  currency: 'summaries.field.currency',
  status: 'summaries.field.status',
  companyId: 'common.company',
} as const satisfies Record<string, MessageKey>;

export type SummaryField = keyof typeof SUMMARY_LABELS;
