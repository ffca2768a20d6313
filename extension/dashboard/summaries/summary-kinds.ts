import type { SummaryKind } from '../../../shared/api/company-summaries.api';
import { AGREEMENT_STATUSES, INVOICE_STATUSES } from '../../../shared/entities/company-summaries';

export const SUMMARY_KINDS = {
  agreement: { title: 'Agreements', singular: 'agreement', statuses: AGREEMENT_STATUSES },
  invoice: { title: 'Invoices', singular: 'invoice', statuses: INVOICE_STATUSES },
} as const satisfies Record<SummaryKind, { title: string; singular: string; statuses: readonly string[] }>;

export const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  sent: 'Sent',
  signed: 'Signed',
  cancelled: 'Cancelled',
  paid: 'Paid',
  overdue: 'Overdue',
  credited: 'Credited',
};

/** The form's labels by API field, so the server's issues land at the right input. */
export const SUMMARY_LABELS: Record<string, string> = {
  number: 'Number',
  title: 'Title',
  date: 'Date',
  dueDate: 'Due date',
  amountMinor: 'Amount',
  currency: 'Currency',
  status: 'Status',
  companyId: 'Company',
};
