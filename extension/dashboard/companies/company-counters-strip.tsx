import type { CompanyCounters } from '../../../shared/entities/company-counters';
import { formatTotals } from '../ui/money';
import { cardTabHash } from '../ui/use-card-tab';
import { useI18n } from '../../ui/i18n/use-i18n';

type CompanyCountersStripProps = { counters: CompanyCounters; base: string };

/** Work in progress and money this year, at the top of every company card. */
export function CompanyCountersStrip({ counters, base }: CompanyCountersStripProps) {
  const { t, f } = useI18n();
  const tiles = [
    {
      key: 'activeProjects',
      label: t('companies.counters.activeProjects'),
      value: f.integer(counters.activeProjects),
      href: null,
    },
    { key: 'openTasks', label: t('companies.counters.openTasks'), value: f.integer(counters.openTasks), href: null },
    {
      key: 'unsignedAgreements',
      label: t('companies.counters.unsignedAgreements'),
      value: f.integer(counters.unsignedAgreements),
      href: cardTabHash(base, 'agreements'),
    },
    {
      key: 'invoicedThisYear',
      label: t('companies.counters.invoicedThisYear'),
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
