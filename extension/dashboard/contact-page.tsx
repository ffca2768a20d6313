import type { Company } from '../../shared/entities/company';
import type { Contact } from '../../shared/entities/contact';
import type { ApiClient } from '../api/api-client';
import { useApi } from './use-api';

type ContactPageProps = { api: ApiClient; id: string; onSignedOut: () => void };
type ContactCard = { contact: Contact; companies: { company: Company; position: string | null; isPrimary: boolean }[] };

export function ContactPage({ api, id, onSignedOut }: ContactPageProps) {
  const { data, error } = useApi<ContactCard>(api, `/api/contacts/${id}`, onSignedOut);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="muted">Loading…</p>;
  const { contact, companies } = data;
  return (
    <section data-testid="contact-card">
      <a href="#/contacts">← Contacts</a>
      <h1>{`${contact.firstName} ${contact.lastName ?? ''}`.trim()}</h1>
      <dl class="card facts">
        {contact.title && (
          <>
            <dt>Title</dt>
            <dd>{contact.title}</dd>
          </>
        )}
        {contact.email && (
          <>
            <dt>E-mail</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        )}
        {contact.phone && (
          <>
            <dt>Phone</dt>
            <dd>
              <a href={`tel:${contact.phone}`}>{contact.phone}</a>
            </dd>
          </>
        )}
      </dl>
      <h2>Companies</h2>
      {companies.length === 0 ? (
        <p class="empty">Not linked to any company.</p>
      ) : (
        <ul class="card">
          {companies.map(({ company, position, isPrimary }) => (
            <li key={company.id}>
              <a href={`#/companies/${company.id}`}>{company.name}</a>
              {position && ` · ${position}`}
              {isPrimary && <span class="muted small"> (primary)</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
