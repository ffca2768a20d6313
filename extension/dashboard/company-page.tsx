import type { Company } from '../../shared/entities/company';
import type { Contact } from '../../shared/entities/contact';
import type { ApiClient } from '../api/api-client';
import { safeHref } from '../ui/safe-href';
import { useApi } from './use-api';

type CompanyPageProps = { api: ApiClient; id: string; onSignedOut: () => void };
type CompanyCard = { company: Company; contacts: { contact: Contact; position: string | null; isPrimary: boolean }[] };

export function CompanyPage({ api, id, onSignedOut }: CompanyPageProps) {
  const { data, error } = useApi<CompanyCard>(api, `/api/companies/${id}`, onSignedOut);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="muted">Loading…</p>;
  const { company, contacts } = data;
  const address = [
    company.address?.street,
    [company.address?.postalCode, company.address?.city].filter(Boolean).join(' '),
    company.country,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <section data-testid="company-card">
      <a href="#/companies">← Companies</a>
      <header class="card-header">
        {company.logoUrl && <img class="logo" src={company.logoUrl} alt="" referrerpolicy="no-referrer" />}
        <h1>{company.name}</h1>
      </header>
      <dl class="card facts">
        <Fact label="Org number" value={company.orgNumber} />
        <Fact label="VAT number" value={company.vatNumber} />
        <Fact label="Website" value={company.website} href={safeHref(company.website)} />
        <Fact label="E-mail" value={company.email} href={company.email ? `mailto:${company.email}` : undefined} />
        <Fact label="Phone" value={company.phone} href={company.phone ? `tel:${company.phone}` : undefined} />
        <Fact label="Address" value={address || null} />
        {company.socialProfiles.length > 0 && (
          <>
            <dt>Profiles</dt>
            <dd>
              {company.socialProfiles.map((url) => (
                <a key={url} href={safeHref(url)} target="_blank" rel="noreferrer noopener" class="chip">
                  {url.replace(/^https?:\/\/(www\.)?/, '')}
                </a>
              ))}
            </dd>
          </>
        )}
      </dl>
      <h2>Contacts</h2>
      {contacts.length === 0 ? (
        <p class="empty">No contacts linked yet.</p>
      ) : (
        <table class="list" data-testid="company-contacts">
          <tbody>
            {contacts.map(({ contact, position, isPrimary }) => (
              <tr key={contact.id}>
                <td>
                  <a href={`#/contacts/${contact.id}`}>{`${contact.firstName} ${contact.lastName ?? ''}`.trim()}</a>
                  {isPrimary && <span class="muted small"> · primary company</span>}
                </td>
                <td>{position ?? contact.title ?? ''}</td>
                <td>{contact.email ?? ''}</td>
                <td>{contact.phone ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Fact({ label, value, href }: { label: string; value: string | null; href?: string }) {
  if (!value) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>
        {href ? (
          <a href={href} target="_blank" rel="noreferrer noopener">
            {value}
          </a>
        ) : (
          value
        )}
      </dd>
    </>
  );
}
