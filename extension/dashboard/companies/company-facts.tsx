import type { Company } from '../../../shared/entities/company';
import { safeHref } from '../../ui/safe-href';
import { formatOrgNumber } from '../../../shared/registers/format-org-number';
import { countryName, invoiceText, naceText } from './company-format';
import { Fact } from '../ui/fact';

type CompanyFactsProps = { company: Company };

/** Registration, contact details and invoicing. */
export function CompanyFacts({ company }: CompanyFactsProps) {
  return (
    <div class="card">
      <h2>Details</h2>
      <dl class="facts">
        <Fact name="orgNumber" label="Org number" value={formatOrgNumber(company.country, company.orgNumber)} />
        <Fact name="vatNumber" label="VAT number" value={company.vatNumber} />
        <Fact name="country" label="Country" value={countryName(company.country)} />
        <Fact name="naceCode" label="Industry code" value={naceText(company.naceCode)} />
        <Fact name="employees" label="Employees" value={company.employees?.toLocaleString('en-GB') ?? null} />
        <Fact name="customerNumber" label="Customer no." value={company.customerNumber?.toString() ?? null} />
        <Fact name="website" label="Website" value={company.website} href={safeHref(company.website)} />
        <Fact name="email" label="E-mail" value={company.email} href={company.email ? `mailto:${company.email}` : undefined} />
        <Fact name="phone" label="Phone" value={company.phone} href={company.phone ? `tel:${company.phone}` : undefined} />
        <Fact
          name="socialProfiles"
          label="Profiles"
          value={company.socialProfiles.map((url) => (
            <a key={url} href={safeHref(url)} target="_blank" rel="noreferrer noopener" class="chip">
              {url.replace(/^https?:\/\/(www\.)?/, '')}
            </a>
          ))}
        />
        <Fact name="invoice" label="Invoicing" value={invoiceText(company.invoice)} />
      </dl>
    </div>
  );
}
