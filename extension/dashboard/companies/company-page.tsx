import { CreditSection } from '../credit/credit-section';
import { DeleteRecordButton } from '../records/delete-record-button';
import { RecordInTrash } from '../trash/record-in-trash';
import type { ApiClient } from '../../api/api-client';
import { CardTabs } from '../ui/card-tabs';
import { CompanyAddresses } from './company-addresses';
import { CompanyClassification } from './company-classification';
import { CompanyContacts } from './company-contacts';
import { CompanyCountersStrip } from './company-counters-strip';
import { CompanyFacts } from './company-facts';
import { CompanyLogo } from './logo/company-logo';
import { CompanyTabPanel, companyTabs } from './company-tab-panel';
import { CompanyUnits } from './company-units';
import { orgFormText } from './company-format';
import { CustomFieldsCard } from '../custom-fields/custom-fields-card';
import { LoggedEmails } from '../mail/logged-emails';
import { MailLog } from '../mail/mail-log';
import { PossibleDuplicates } from '../duplicates/possible-duplicates';
import { RecordHistory } from '../records/record-history';
import { TimelinePanel } from '../timeline/timeline-panel';
import { useOperation } from '../ui/use-api';
import { companiesApi, type CompanyCard } from '../../../shared/api/companies.api';
import { useCardTab } from '../ui/use-card-tab';
import { useLookups } from '../records/use-lookups';
import { useI18n } from '../../ui/i18n/use-i18n';

export type { CompanyCard } from '../../../shared/api/companies.api';
export type CompanyUnit = CompanyCard['units'][number];

type CompanyPageProps = { api: ApiClient; id: string; onSignedOut: () => void };

export function CompanyPage({ api, id, onSignedOut }: CompanyPageProps) {
  const { data, error, status, reload } = useOperation(api, companiesApi.get, { params: { id } }, onSignedOut);
  const { lookups, error: lookupError } = useLookups(api, onSignedOut);
  const requestedTab = useCardTab();
  const { t } = useI18n();
  if (error)
    return (
      <RecordInTrash
        api={api}
        entity="company"
        id={id}
        error={error}
        status={status}
        onRestored={reload}
        onSignedOut={onSignedOut}
      />
    );
  if (!data) return <p class="muted">{t('common.loading')}</p>;
  const { company, contacts, units, parent } = data;
  const subtitle = [
    orgFormText(company.country, company.orgForm),
    company.customerNumber && t('companies.card.customerNumber', { number: String(company.customerNumber) }),
  ]
    .filter(Boolean)
    .join(' · ');
  const { tabs, current } = companyTabs(t, lookups, requestedTab);
  return (
    <section data-testid="company-card" class="company-card">
      <a href="#/companies" class="back">
        ← {t('common.companies')}
      </a>
      <header class="card-header">
        <CompanyLogo api={api} company={company} onChanged={reload} />
        <div class="title">
          <h1>{company.name}</h1>
          {subtitle && <p class="muted">{subtitle}</p>}
          {company.registerStatus && company.registerStatus !== 'active' && (
            <span class="chip warning-chip" data-testid="register-status">
              {t('companies.card.registerStatus', { status: company.registerStatus })}
            </span>
          )}
        </div>
        <a class="button" href={`#/companies/${company.id}/edit`} data-testid="edit-company">
          {t('common.edit')}
        </a>
        <DeleteRecordButton api={api} entity="company" id={id} name={company.name} />
      </header>
      {lookupError && <p class="error">{t('companies.card.lookupsFailed', { error: lookupError })}</p>}
      <PossibleDuplicates
        api={api}
        entity="company"
        id={company.id}
        probe={{ name: company.name, orgNumber: company.orgNumber, website: company.domain, email: company.email }}
      />
      <CompanyCountersStrip counters={data.counters} base={`#/companies/${company.id}`} />
      <CardTabs base={`#/companies/${company.id}`} current={current} tabs={tabs} />
      {current === 'overview' && (
        <>
          <div class="card-grid">
            <CompanyFacts company={company} />
            <CompanyClassification company={company} lookups={lookups} />
            <CompanyAddresses company={company} />
            <CompanyUnits company={company} parent={parent} units={units} />
            <CreditSection api={api} company={company} onSignedOut={onSignedOut} />
            <CustomFieldsCard
              entity="company"
              values={company.customFields}
              lookups={lookups}
              emptyHint={t('companies.card.customFieldsEmpty')}
            />
          </div>
          <h2>{t('common.contacts')}</h2>
          <CompanyContacts api={api} companyId={company.id} contacts={contacts} onChanged={reload} onSignedOut={onSignedOut} />
          <LoggedEmails api={api} about={{ companyId: company.id }} onChanged={reload} onSignedOut={onSignedOut} />
          <MailLog api={api} about={{ companyId: company.id }} onSignedOut={onSignedOut} />
          <RecordHistory api={api} entity="company" id={company.id} onSignedOut={onSignedOut} onUndone={reload} />
        </>
      )}
      {current === 'timeline' && (
        <TimelinePanel
          api={api}
          target={{ companyId: company.id }}
          name={company.name}
          lookups={lookups}
          people={contacts.map(({ contact }) => ({
            id: contact.id,
            name: [contact.firstName, contact.lastName].filter(Boolean).join(' '),
          }))}
          onChanged={reload}
          onSignedOut={onSignedOut}
        />
      )}
      <CompanyTabPanel tab={current} api={api} company={company} lookups={lookups} onChanged={reload} onSignedOut={onSignedOut} />
    </section>
  );
}
