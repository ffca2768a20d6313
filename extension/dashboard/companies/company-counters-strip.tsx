import type { CompanyCounters } from '../../../shared/entities/company-counters';
import { formatTotals } from '../ui/money';
import { cardTabHash } from '../ui/use-card-tab';

type CompanyCountersStripProps = { counters: CompanyCounters; base: string };

const count = (n: number) => n.toLocaleString('en-GB');

/** Work in progress and money this year, at the top of every company card. */
export function CompanyCountersStrip({ counters, base }: CompanyCountersStripProps) {
  const tiles = [
    { key: 'activeProjects', label: 'Active projects', value: count(counters.activeProjects), href: null },
    { key: 'openTasks', label: 'Open tasks', value: count(counters.openTasks), href: null },
    {
      key: 'unsignedAgreements',
      label: 'Unsigned agreements',
      value: count(counters.unsignedAgreements),
      href: cardTabHash(base, 'agreements'),
    },
    {
      key: 'invoicedThisYear',
      label: 'Invoiced this year',
      value: formatTotals(counters.invoicedThisYear) ?? '—',
      href: cardTabHash(base, 'agreements'),
    },
  ];
  return (
    <div class="counters" data-testid="counters">
      {tiles.map(({ key, label, value, href }) => {
        const body = (
          <>
            <span class="counter-label">{label}</span>
            <span class="counter-value" data-testid={`counter-${key}`}>
              {value}
            </span>
          </>
        );
        return href ? (
          <a key={key} class="counter" href={href}>
            {body}
          </a>
        ) : (
          <div key={key} class="counter">
            {body}
          </div>
        );
      })}
    </div>
  );
}
