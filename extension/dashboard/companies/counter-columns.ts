import type { Company } from '../../../shared/entities/company';
import type { CompanyCounters } from '../../../shared/entities/company-counters';
import type { CompanyColumn } from './company-columns';
import { formatTotals } from '../ui/money';

type CounterKey = 'activeProjects' | 'openTasks' | 'unsignedAgreements';

/** `GET /api/companies` adds its counters to every company it lists (the Company schema has none). */
const countersOf = (company: Company) => (company as Company & { counters?: CompanyCounters }).counters;
const counter = (company: Company, key: CounterKey) => countersOf(company)?.[key] ?? null;

/** The counters of every company, as optional list columns (the API does not sort by them). */
export const COUNTER_COLUMNS: CompanyColumn[] = [
  { key: 'openTasks', label: 'Open tasks', numeric: true, value: (c) => counter(c, 'openTasks') },
  { key: 'unsignedAgreements', label: 'Unsigned agreements', numeric: true, value: (c) => counter(c, 'unsignedAgreements') },
  // Text, not a number: a company may be invoiced in more than one currency.
  {
    key: 'invoicedThisYear',
    label: 'Invoiced this year',
    numeric: true,
    value: (c) => formatTotals(countersOf(c)?.invoicedThisYear ?? {}),
  },
  { key: 'activeProjects', label: 'Active projects', numeric: true, value: (c) => counter(c, 'activeProjects') },
];
