import { toVCard } from '../../../shared/contacts/vcard';
import type { Contact } from '../../../shared/entities/contact';
import { formatPhone } from '../../../shared/phone/normalize-phone';
import type { ApiClient } from '../../api/api-client';
import { safeHref } from '../../ui/safe-href';
import '../companies/company-card.css';
import './contact-list.css';
import { addressLines } from '../companies/company-format';
import { isoDate } from '../records/export-csv';
import { contactToVCard, VCARD_TYPE } from './contact-vcard';
import { CustomFieldSections } from '../custom-fields/custom-field-sections';
import { downloadFile } from '../ui/download-file';
import { Fact } from '../ui/fact';
import { ListValue } from '../ui/list-value';
import { LoggedEmails } from '../mail/logged-emails';
import { MailLog } from '../mail/mail-log';
import { PossibleDuplicates } from '../duplicates/possible-duplicates';
import { RecordHistory } from '../records/record-history';
import { TimelinePanel } from '../timeline/timeline-panel';
import { useOperation } from '../ui/use-api';
import { contactsApi } from '../../../shared/api/contacts.api';
import { itemName, useLookups, type Lookups } from '../records/use-lookups';

/** `isAdmin`: the signed-in user's role, known to the app (admins may block a contact's e-mails). */
type ContactPageProps = { api: ApiClient; id: string; isAdmin: boolean; onSignedOut: () => void };

export function ContactPage({ api, id, isAdmin, onSignedOut }: ContactPageProps) {
  const { data, error, reload } = useOperation(api, contactsApi.get, { params: { id } }, onSignedOut);
  const { lookups } = useLookups(api, onSignedOut);
  if (error) return <p class="error">{error}</p>;
  if (!data) return <p class="muted">Loading…</p>;
  const { contact, companies } = data;
  const name = `${contact.firstName} ${contact.lastName ?? ''}`.trim();
  const primary = companies.find((c) => c.isPrimary) ?? companies[0];
  const exportVCard = () => {
    const card = toVCard(contactToVCard(contact, lookups, primary?.company.name));
    downloadFile(new Blob([card], { type: VCARD_TYPE }), `${fileName(name)}-${isoDate(new Date())}.vcf`);
  };
  return (
    <section data-testid="contact-card">
      <a class="back" href="#/contacts">
        ← Contacts
      </a>
      <header class="card-header">
        <div class="title">
          <h1>{name}</h1>
          {contact.title && <p class="muted">{contact.title}</p>}
        </div>
        <button type="button" class="secondary" data-testid="export-vcard" onClick={exportVCard}>
          Export .vcf
        </button>
      </header>
      <PossibleDuplicates
        api={api}
        entity="contact"
        id={contact.id}
        probe={{ firstName: contact.firstName, lastName: contact.lastName, email: contact.email, phone: contact.phone }}
      />
      <div class="card-grid">
        <div class="card">
          <h2>Details</h2>
          <dl class="facts">
            <Fact
              name="emails"
              label="E-mail"
              value={contact.emails.map((e) => channel(e.address, e.label, `mailto:${e.address}`))}
            />
            <Fact
              name="phones"
              label="Phone"
              value={contact.phones.map((p) => channel(formatPhone(p.number), p.label, `tel:${p.number}`))}
            />
            <Fact
              name="address"
              label="Address"
              value={addressLines(contact.address).map((line) => (
                <div key={line}>{line}</div>
              ))}
            />
            <Fact name="url" label="Web" value={contact.url} href={safeHref(contact.url)} />
            <Fact
              name="customerNumber"
              label="Customer no."
              value={contact.isPrivateCustomer ? (contact.customerNumber?.toString() ?? 'Private customer') : null}
            />
            {lookups && <ContactLists contact={contact} lookups={lookups} />}
          </dl>
          {contact.notes && (
            <p class="notes" data-testid="contact-notes">
              {contact.notes}
            </p>
          )}
        </div>
        <div class="card">
          <h2>Companies</h2>
          {companies.length === 0 ? (
            <p class="empty">Not linked to any company.</p>
          ) : (
            <ul>
              {companies.map(({ company, position, isPrimary }) => (
                <li key={company.id}>
                  <a href={`#/companies/${company.id}`}>{company.name}</a>
                  {position && ` · ${position}`}
                  {isPrimary && <span class="muted small"> (primary)</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <CustomFieldSections
        entity="contact"
        save={(customFields) => api.call(contactsApi.update, { params: { id: contact.id }, json: { customFields } })}
        values={contact.customFields}
        lookups={lookups}
        emptyHint="None yet: custom values arrive with imports and the API."
        onSaved={reload}
        onSignedOut={onSignedOut}
      />
      <section class="card span-all">
        <h2>Timeline</h2>
        <TimelinePanel
          api={api}
          target={{ contactId: contact.id }}
          name={[contact.firstName, contact.lastName].filter(Boolean).join(' ')}
          lookups={lookups}
          people={[]}
          onChanged={reload}
          onSignedOut={onSignedOut}
        />
      </section>
      <LoggedEmails
        api={api}
        about={{ contactId: contact.id, blocked: contact.emailsBlocked, isAdmin }}
        onChanged={reload}
        onSignedOut={onSignedOut}
      />
      <MailLog api={api} about={{ contactId: contact.id }} onSignedOut={onSignedOut} />
      <RecordHistory api={api} entity="contact" id={contact.id} onSignedOut={onSignedOut} onUndone={reload} />
    </section>
  );
}

function ContactLists({ contact, lookups }: { contact: Contact; lookups: Lookups }) {
  const chips = (ids: string[]) => ids.map((id) => <ListValue key={id} name={itemName(lookups, id)} chip />);
  return (
    <>
      <Fact name="tags" label="Tags" value={chips(contact.tagIds)} />
      <Fact name="categories" label="Categories" value={chips(contact.categoryIds)} />
    </>
  );
}

function channel(text: string, label: string | null, href: string) {
  return (
    <div key={href}>
      <a href={href}>{text}</a>
      {label && <span class="muted small"> {label}</span>}
    </div>
  );
}

/** "Ingrid Haugen" → "ingrid-haugen": a file name that survives every file system. */
function fileName(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^\w]+/g, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'contact'
  );
}
