import { toVCard } from '../../../shared/contacts/vcard';
import { DeleteRecordButton } from '../records/delete-record-button';
import { RecordInTrash } from '../trash/record-in-trash';
import type { Contact } from '../../../shared/entities/contact';
import { formatPhone } from '../../../shared/phone/normalize-phone';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
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
import { itemName, memberName, useLookups, type Lookups } from '../records/use-lookups';
import { ContactCompanies } from './contact-companies';
import type { Formats } from '../../../shared/i18n/formats';

/** `isAdmin`: the signed-in user's role, known to the app (admins may block a contact's e-mails). */
type ContactPageProps = { api: ApiClient; id: string; isAdmin: boolean; onSignedOut: () => void };

export function ContactPage({ api, id, isAdmin, onSignedOut }: ContactPageProps) {
  const { t, f } = useI18n();
  const { data, error, status, reload } = useOperation(api, contactsApi.get, { params: { id } }, onSignedOut);
  const { lookups } = useLookups(api, onSignedOut);
  if (error)
    return (
      <RecordInTrash
        api={api}
        entity="contact"
        id={id}
        error={error}
        status={status}
        onRestored={reload}
        onSignedOut={onSignedOut}
      />
    );
  if (!data) return <p class="muted">{t('common.loading')}</p>;
  const { contact, companies } = data;
  const name = `${contact.firstName} ${contact.lastName ?? ''}`.trim();
  const primary = companies.find((c) => c.isPrimary) ?? companies[0];
  const exportVCard = () => {
    const card = toVCard(contactToVCard(contact, lookups, primary?.company.name));
    const base = fileName(name) || t('records.name.contact', { count: 1 });
    downloadFile(new Blob([card], { type: VCARD_TYPE }), `${base}-${isoDate(new Date())}.vcf`);
  };
  return (
    <section data-testid="contact-card">
      <a class="back" href="#/contacts">
        ← {t('common.contacts')}
      </a>
      <header class="card-header">
        <div class="title">
          <h1>{name}</h1>
          {contact.title && <p class="muted">{contact.title}</p>}
        </div>
        <a class="button" href={`#/contacts/${contact.id}/edit`} data-testid="edit-contact">
          {t('contacts.form.edit')}
        </a>
        <button type="button" class="secondary" data-testid="export-vcard" onClick={exportVCard}>
          {t('contacts.card.exportVcf')}
        </button>
        <DeleteRecordButton api={api} entity="contact" id={id} name={name} />
      </header>
      <PossibleDuplicates
        api={api}
        entity="contact"
        id={contact.id}
        probe={{ firstName: contact.firstName, lastName: contact.lastName, email: contact.email, phone: contact.phone }}
      />
      <div class="card-grid">
        <div class="card">
          <h2>{t('contacts.card.details')}</h2>
          <dl class="facts">
            <Fact
              name="emails"
              label={t('common.email')}
              value={contact.emails.map((e) => channel(e.address, e.label, `mailto:${e.address}`))}
            />
            <Fact
              name="phones"
              label={t('common.phone')}
              value={contact.phones.map((p) => channel(formatPhone(p.number), p.label, `tel:${p.number}`))}
            />
            <Fact
              name="address"
              label={t('contacts.card.address')}
              value={addressLines(contact.address).map((line) => (
                <div key={line}>{line}</div>
              ))}
            />
            <Fact name="url" label={t('contacts.card.web')} value={contact.url} href={safeHref(contact.url)} />
            <Fact
              name="customerNumber"
              label={t('records.label.customerNumber')}
              value={
                contact.isPrivateCustomer ? (contact.customerNumber?.toString() ?? t('records.label.privateCustomer')) : null
              }
            />
            <Fact
              name="birthday"
              label={t('records.label.birthday')}
              value={contact.birthday && birthdayText(contact.birthday, f)}
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
          <h2>{t('common.companies')}</h2>
          <ContactCompanies api={api} contactId={contact.id} links={companies} onChanged={reload} onSignedOut={onSignedOut} />
        </div>
      </div>
      <CustomFieldSections
        entity="contact"
        save={(customFields) => api.call(contactsApi.update, { params: { id: contact.id }, json: { customFields } })}
        values={contact.customFields}
        lookups={lookups}
        emptyHint={t('contacts.card.customEmpty')}
        onSaved={reload}
        onSignedOut={onSignedOut}
      />
      <section class="card span-all">
        <h2>{t('contacts.card.timeline')}</h2>
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
  const { t } = useI18n();
  const chips = (ids: string[]) => ids.map((id) => <ListValue key={id} name={itemName(lookups, id)} chip />);
  return (
    <>
      <Fact name="tags" label={t('records.label.tags')} value={chips(contact.tagIds)} />
      <Fact name="categories" label={t('records.label.categories')} value={chips(contact.categoryIds)} />
      <Fact
        name="owners"
        label={t('contacts.form.owners')}
        value={contact.ownerIds.map((id) => (
          <ListValue key={id} name={memberName(lookups, id)} chip />
        ))}
      />
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

/** "Ingrid Haugen" → "ingrid-haugen": a file name that survives every file system; empty when no letter does. */
function fileName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[^\w]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

/** "23 Apr 1985", or "23 April" for a birthday saved without its year. */
function birthdayText(birthday: string, f: Formats): string {
  return birthday.startsWith('--') ? f.dayMonth(birthday.slice(2)) : f.date(`${birthday}T12:00:00Z`);
}
