import { useI18n } from '../../ui/i18n/use-i18n';
import './card-tabs.css';
import { cardTabHash } from './use-card-tab';

export type CardTab = { key: string; label: string };

type CardTabsProps = {
  /** The card's hash (`#/companies/ID`). */
  base: string;
  current: string;
  tabs: CardTab[];
};

/** Tabs as links, so each one has its own address. */
export function CardTabs({ base, current, tabs }: CardTabsProps) {
  const { t } = useI18n();
  return (
    <nav class="card-tabs" aria-label={t('dashboard.cardTabs.label')} data-testid="card-tabs">
      {tabs.map((tab) => (
        <a
          key={tab.key}
          href={cardTabHash(base, tab.key)}
          class={tab.key === current ? 'card-tab active' : 'card-tab'}
          aria-current={tab.key === current ? 'page' : undefined}
          data-testid={`tab-${tab.key}`}
        >
          {tab.label}
        </a>
      ))}
    </nav>
  );
}
