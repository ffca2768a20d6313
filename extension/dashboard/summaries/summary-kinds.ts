import { AGREEMENT_STATUSES, INVOICE_STATUSES } from '../../../shared/entities/company-summaries';

export type SummaryKind = 'agreement' | 'invoice';

/** An agreement or an invoice as the API returns it; `title` is the agreement's, `dueDate` the invoice's. */
export type SummaryRow = {
  id: string;
  number: string;
  date: string;
  amountMinor: number;
  currency: string;
  status: string;
  title?: string | null;
  dueDate?: string | null;
};

export const SUMMARY_KINDS = {
  agreement: { path: '/api/agreements', title: 'Agreements', singular: 'agreement', statuses: AGREEMENT_STATUSES },
  invoice: { path: '/api/invoices', title: 'Invoices', singular: 'invoice', statuses: INVOICE_STATUSES },
} as const satisfies Record<SummaryKind, { path: string; title: string; singular: string; statuses: readonly string[] }>;

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
