import type { SummaryKind, SummaryRecord } from '../../../shared/api/company-summaries.api';
import {
  AGREEMENT_STATUSES,
  INVOICE_STATUSES,
  IsoDateSchema,
  type Agreement,
  type Invoice,
} from '../../../shared/entities/company-summaries';
import { issue, type Issue } from '../companies/form/company-draft';
import { moneyInput, parseMoney } from '../ui/money';
import { SUMMARY_KINDS } from './summary-kinds';

/** The agreement or invoice form as typed; the amount in major units ("1 234,50"). */
export type SummaryDraft = {
  number: string;
  title: string;
  date: string;
  dueDate: string;
  amount: string;
  currency: string;
  status: string;
};

const CURRENCIES: Record<string, string> = { NO: 'NOK', SE: 'SEK', DK: 'DKK', IS: 'ISK', GB: 'GBP', CH: 'CHF', US: 'USD' };

/** The currency a new agreement or invoice starts with: the company's country's, euro in the euro area. */
export function defaultCurrency(country: string | null): string {
  return country ? (CURRENCIES[country.toUpperCase()] ?? 'EUR') : 'NOK';
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** What an edit starts from: the fields of a stored agreement or invoice the form shows. */
type StoredSummary = Pick<SummaryRecord, 'number' | 'date' | 'amountMinor' | 'currency'> & {
  status: string;
  title?: Agreement['title'];
  dueDate?: Invoice['dueDate'];
};

export function summaryDraft(kind: SummaryKind, row: StoredSummary | null, currency: string, today = todayIso()): SummaryDraft {
  return {
    number: row?.number ?? '',
    title: row?.title ?? '',
    date: row?.date ?? today,
    dueDate: row?.dueDate ?? '',
    amount: row ? moneyInput(row.amountMinor, row.currency) : '',
    currency: row?.currency ?? currency,
    status: row?.status ?? SUMMARY_KINDS[kind].statuses[0],
  };
}

const isDate = (s: string) => IsoDateSchema.safeParse(s).success;

/** The draft's status if it is one of the kind's (the form offers no other), else the issue at the field. */
function statusOf<S extends string>(statuses: readonly [S, ...S[]], value: string, issues: Issue[]): S {
  const status = statuses.find((s) => s === value);
  if (status === undefined) issues.push(issue(['status'], 'summaries.issue.oneOf', { values: statuses.join(', ') }));
  return status ?? statuses[0];
}

/** The body the API takes (all fields, for a create and an edit alike) and what the form can see is wrong. */
export function summaryPayload(kind: SummaryKind, companyId: string, d: SummaryDraft) {
  const issues: Issue[] = [];
  const currency = d.currency.trim().toUpperCase();
  if (!d.number.trim()) issues.push(issue(['number'], 'dashboard.form.required'));
  if (!isDate(d.date)) issues.push(issue(['date'], d.date ? 'summaries.issue.notADate' : 'dashboard.form.required'));
  if (kind === 'invoice' && d.dueDate && !isDate(d.dueDate)) issues.push(issue(['dueDate'], 'summaries.issue.notADate'));
  if (!/^[A-Z]{3}$/.test(currency)) issues.push(issue(['currency'], 'summaries.issue.currencyCode'));
  const amount = parseMoney(d.amount, /^[A-Z]{3}$/.test(currency) ? currency : 'EUR');
  if (!amount.ok) issues.push({ path: ['amountMinor'], message: amount.problem });
  const common = {
    companyId,
    number: d.number.trim(),
    date: d.date,
    amountMinor: amount.ok ? amount.value : 0,
    currency,
  };
  const payload =
    kind === 'agreement'
      ? { ...common, status: statusOf(AGREEMENT_STATUSES, d.status, issues), title: d.title.trim() || null }
      : { ...common, status: statusOf(INVOICE_STATUSES, d.status, issues), dueDate: d.dueDate || null };
  return { payload, issues };
}
