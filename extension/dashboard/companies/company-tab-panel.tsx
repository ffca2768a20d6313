import { companiesApi } from '../../../shared/api/companies.api';
import type { Company } from '../../../shared/entities/company';
import type { ApiClient } from '../../api/api-client';
import { AdditionalInfoPanel } from './additional-info-panel';
import type { CardTab } from '../ui/card-tabs';
import { entityFields } from '../custom-fields/custom-field-defs';
import { SummarySection } from '../summaries/summary-section';
import { defaultCurrency } from '../summaries/summary-draft';
import type { Lookups } from '../records/use-lookups';

/** The company card's tabs: additional information only when the workspace has such fields for companies. */
export function companyTabs(lookups: Lookups | null, requested: string): { tabs: CardTab[]; current: string } {
  const additional = lookups ? entityFields(lookups, 'company', 'additional').length > 0 : requested === 'additional';
  const tabs = [
    { key: 'overview', label: 'Overview' },
    { key: 'timeline', label: 'Timeline' },
    ...(additional ? [{ key: 'additional', label: 'Additional information' }] : []),
    { key: 'agreements', label: 'Agreements & invoices' },
  ];
  return { tabs, current: tabs.some((t) => t.key === requested) ? requested : 'overview' };
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
  if (tab === 'additional') {
    if (!lookups) return <p class="muted">Loading…</p>;
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
