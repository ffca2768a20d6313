import type { Company } from '../../shared/entities/company';
import type { Contact } from '../../shared/entities/contact';
import type { ApiClient } from '../api/api-client';
import { CompanyAddresses } from './company-addresses';
import { CompanyClassification } from './company-classification';
import { CompanyContacts } from './company-contacts';
import { CompanyCustomFields } from './company-custom-fields';
import { CompanyFacts } from './company-facts';
import { CompanyUnits } from './company-units';
import { orgFormText } from './company-format';
import { useApi } from './use-api';
import { useLookups } from './use-lookups';

export type CompanyUnit = { id: string; name: string; orgNumber: string | null; city: string | null };

/** `GET /api/companies/:id`. */
export type CompanyCard = {
  company: Company;
  contacts: { contact: Contact; position: string | null; isPrimary: boolean; linkId: string }[];
  units: CompanyUnit[];
  /** Null when there is none, or when it was deleted. */
  parent: { id: string; name: string } | null;
};

type CompanyPageProps = { api: ApiClient; id: string; onSignedOut: () => void };

export function CompanyPage({ api, id, onSignedOut }: CompanyPageProps) {
  const { data, error } = useApi<CompanyCard>(api, `/api/companies/${id}`, onSignedOut);
  const { lookups, error: lookupError } = useLookups(api, onSignedOut);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="muted">Loading…</p>;
  const { company, contacts, units, parent } = data;
  const subtitle = [
    orgFormText(company.country, company.orgForm),
    company.customerNumber && `Customer no. ${company.customerNumber}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <section data-testid="company-card" class="company-card">
      <a href="#/companies" class="back">
        ← Companies
      </a>
      <header class="card-header">
        {company.logoUrl && <img class="logo" src={company.logoUrl} alt="" referrerpolicy="no-referrer" />}
        <div class="title">
          <h1>{company.name}</h1>
          {subtitle && <p class="muted">{subtitle}</p>}
        </div>
        <a class="button" href={`#/companies/${company.id}/edit`} data-testid="edit-company">
          Edit
        </a>
      </header>
      {lookupError && <p class="error">Could not load the settings lists: {lookupError}</p>}
      <div class="card-grid">
        <CompanyFacts company={company} />
        <CompanyClassification company={company} lookups={lookups} />
        <CompanyAddresses company={company} />
        <CompanyUnits company={company} parent={parent} units={units} />
        <CompanyCustomFields company={company} />
      </div>
      <h2>Contacts</h2>
      <CompanyContacts contacts={contacts} />
    </section>
  );
}
