import { companiesApi } from '../../../shared/api/companies.api';
import type { Company } from '../../../shared/entities/company';
import type { ApiClient } from '../../api/api-client';
import { AdditionalInfoPanel } from './additional-info-panel';
import type { CardTab } from '../ui/card-tabs';
import { entityFields } from '../custom-fields/custom-field-defs';
import { SummarySection } from '../summaries/summary-section';
import { defaultCurrency } from '../summaries/summary-draft';
import type { Lookups } from '../records/use-lookups';
import type { Translate } from '../../../shared/i18n/translator';
import { useI18n } from '../../ui/i18n/use-i18n';

/** The company card's tabs: additional information only when the workspace has such fields for companies. */
export function companyTabs(t: Translate, lookups: Lookups | null, requested: string): { tabs: CardTab[]; current: string } {
  const additional = lookups ? entityFields(lookups, 'company', 'additional').length > 0 : requested === 'additional';
  const tabs = [
    { key: 'overview', label: t('companies.tabs.overview') },
    { key: 'timeline', label: t('companies.tabs.timeline') },
    ...(additional ? [{ key: 'additional', label: t('companies.tabs.additional') }] : []),
    { key: 'agreements', label: t('companies.tabs.agreements') },
  ];
  return { tabs, current: tabs.some((tab) => tab.key === requested) ? requested : 'overview' };
}

type CompanyTabPanelProps = {
  tab: string;
  api: ApiClient;
  company: Company;
  lookups: Lookups | null;
  /** Reloads the card: its values and counters changed. */
  onChanged: () => void;
  onSignedOut: () => void;
};

/** What the card shows behind a tab other than the overview. */
export function CompanyTabPanel({ tab, api, company, lookups, onChanged, onSignedOut }: CompanyTabPanelProps) {
  const { t } = useI18n();
  if (tab === 'additional') {
    if (!lookups) return <p class="muted">{t('common.loading')}</p>;
    return (
      <AdditionalInfoPanel
        save={(customFields) => api.call(companiesApi.update, { params: { id: company.id }, json: { customFields } })}
        values={company.customFields}
        fields={entityFields(lookups, 'company', 'additional')}
        onSaved={onChanged}
        onSignedOut={onSignedOut}
      />
    );
  }
  if (tab === 'agreements') {
    const currency = defaultCurrency(company.country);
    return (
      <>
        {(['agreement', 'invoice'] as const).map((kind) => (
          <SummarySection
            key={kind}
            api={api}
            kind={kind}
            companyId={company.id}
            currency={currency}
            onChanged={onChanged}
            onSignedOut={onSignedOut}
          />
        ))}
      </>
    );
  }
  return null;
}
