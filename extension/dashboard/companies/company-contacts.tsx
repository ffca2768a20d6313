import { useState } from 'preact/hooks';
import { contactsApi } from '../../../shared/api/contacts.api';
import type { ApiClient } from '../../api/api-client';
import type { CompanyCard } from './company-page';
import { LinkRecordForm } from '../records/link-record-form';
import { useSettingsRun } from '../settings/use-settings-run';
import { useI18n } from '../../ui/i18n/use-i18n';
import { formatPhone } from '../../../shared/phone/normalize-phone';
import '../contacts/contact-list.css';

type CompanyContactsProps = {
  api: ApiClient;
  companyId: string;
  contacts: CompanyCard['contacts'];
  onChanged: () => void;
  onSignedOut: () => void;
};

/** The people who work at the company, and "Add person": someone Fjord has (found by search) or someone new. */
export function CompanyContacts({ api, companyId, contacts, onChanged, onSignedOut }: CompanyContactsProps) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const { run, busy, error } = useSettingsRun(onChanged, onSignedOut, (err) => (err as Error).message);
  const link = (contactId: string, position: string | null) =>
    run(t('common.saving'), async () => {
      await api.call(contactsApi.linkCompany, { params: { id: contactId }, json: { companyId, position } });
      setAdding(false);
    });
  return (
    <div data-testid="company-people">
      {contacts.length === 0 ? (
        <p class="empty">{t('companies.contacts.empty')}</p>
      ) : (
        <table class="list" data-testid="company-contacts">
          <tbody>
            {contacts.map(({ contact, position, isPrimary }) => (
              <tr key={contact.id}>
                <td>
                  <a href={`#/contacts/${contact.id}`}>{`${contact.firstName} ${contact.lastName ?? ''}`.trim()}</a>
                  {isPrimary && <span class="muted small"> · {t('companies.contacts.primary')}</span>}
                </td>
                <td>{position ?? contact.title ?? ''}</td>
                <td>{contact.email ?? ''}</td>
                <td>{contact.phone ? formatPhone(contact.phone) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding ? (
        <LinkRecordForm
          api={api}
          entity="contact"
          testId="add-person-form"
          searchName="personSearch"
          positionName="personPosition"
          saveTestId="save-person-link"
          search={{
            label: t('companies.contacts.searchLabel'),
            placeholder: t('companies.contacts.searchPlaceholder'),
            noMatch: (query) => t('companies.contacts.noMatch', { query }),
          }}
          excludeIds={contacts.map((c) => c.contact.id)}
          picked={(name) => t('companies.contacts.picked', { name })}
          busy={busy !== null}
          onLink={link}
          onCancel={() => setAdding(false)}
          onSignedOut={onSignedOut}
        >
          <a class="button secondary" href={`#/contacts/new?company=${companyId}`} data-testid="new-person">
            {t('companies.contacts.newPerson')}
          </a>
        </LinkRecordForm>
      ) : (
        <button type="button" class="link" data-testid="add-person" onClick={() => setAdding(true)}>
          {t('companies.contacts.addPerson')}
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
