import type { Company } from '../../../shared/entities/company';
import { safeHref } from '../../ui/safe-href';
import { useI18n } from '../../ui/i18n/use-i18n';
import { formatOrgNumber } from '../../../shared/registers/format-org-number';
import { countryName, invoiceText, naceText } from './company-format';
import { Fact } from '../ui/fact';

type CompanyFactsProps = { company: Company };

/** Registration, contact details and invoicing. */
export function CompanyFacts({ company }: CompanyFactsProps) {
  const { t, f } = useI18n();
  return (
    <div class="card">
      <h2>{t('companies.facts.title')}</h2>
      <dl class="facts">
        <Fact
          name="orgNumber"
          label={t('dashboard.companyField.orgNumber')}
          value={formatOrgNumber(company.country, company.orgNumber)}
        />
        <Fact name="vatNumber" label={t('dashboard.companyField.vatNumber')} value={company.vatNumber} />
        <Fact name="country" label={t('dashboard.companyField.country')} value={countryName(company.country)} />
        <Fact name="naceCode" label={t('companies.facts.naceCode')} value={naceText(company.naceCode)} />
        <Fact
          name="employees"
          label={t('dashboard.companyField.employees')}
          value={company.employees === null ? null : f.integer(company.employees)}
        />
        <Fact
          name="customerNumber"
          label={t('companies.facts.customerNumber')}
          value={company.customerNumber?.toString() ?? null}
        />
        <Fact
          name="website"
          label={t('dashboard.companyField.website')}
          value={company.website}
          href={safeHref(company.website)}
        />
        <Fact
          name="email"
          label={t('common.email')}
          value={company.email}
          href={company.email ? `mailto:${company.email}` : undefined}
        />
        <Fact
          name="phone"
          label={t('common.phone')}
          value={company.phone}
          href={company.phone ? `tel:${company.phone}` : undefined}
        />
        <Fact
          name="socialProfiles"
          label={t('companies.facts.socialProfiles')}
          value={company.socialProfiles.map((url) => (
            <a key={url} href={safeHref(url)} target="_blank" rel="noreferrer noopener" class="chip">
              {url.replace(/^https?:\/\/(www\.)?/, '')}
            </a>
          ))}
        />
        <Fact name="invoice" label={t('dashboard.companyField.invoice')} value={invoiceText(company.invoice)} />
      </dl>
    </div>
  );
}
