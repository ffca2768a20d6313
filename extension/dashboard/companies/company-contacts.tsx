import { useState } from 'preact/hooks';
import { contactsApi } from '../../../shared/api/contacts.api';
import type { ApiClient } from '../../api/api-client';
import type { CompanyCard } from './company-page';
import { RecordSearch } from '../records/record-search';
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
  const [adding, setAdding] = useState<{ contactId: string; name: string; position: string } | null>(null);
  const { run, busy, error } = useSettingsRun(onChanged, onSignedOut, (err) => (err as Error).message);
  const link = (contactId: string, position: string) =>
    run(t('common.saving'), async () => {
      await api.call(contactsApi.linkCompany, {
        params: { id: contactId },
        json: { companyId, position: position.trim() || null },
      });
      setAdding(null);
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
        <div class="add-company-link" data-testid="add-person-form">
          <RecordSearch
            api={api}
            entity="contact"
            name="personSearch"
            label={t('companies.contacts.searchLabel')}
            placeholder={t('companies.contacts.searchPlaceholder')}
            selectedId={adding.contactId || null}
            excludeIds={contacts.map((c) => c.contact.id)}
            noMatch={(query) => t('companies.contacts.noMatch', { query })}
            onPick={(contactId, name) => setAdding({ ...adding, contactId, name })}
            onSignedOut={onSignedOut}
          />
          {adding.contactId && (
            <p class="muted small" data-testid="picked-person">
              {t('companies.contacts.picked', { name: adding.name })}
            </p>
          )}
          <label>
            {t('contacts.form.position')}
            <input
              name="personPosition"
              value={adding.position}
              onInput={(e) => setAdding({ ...adding, position: e.currentTarget.value })}
            />
          </label>
          <div class="row-actions">
            <button
              type="button"
              data-testid="save-person-link"
              disabled={busy !== null || !adding.contactId}
              onClick={() => link(adding.contactId, adding.position)}
            >
              {t('contacts.card.link')}
            </button>
            <a class="button secondary" href={`#/contacts/new?company=${companyId}`} data-testid="new-person">
              {t('companies.contacts.newPerson')}
            </a>
            <button type="button" class="link" onClick={() => setAdding(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <button
          type="button"
          class="link"
          data-testid="add-person"
          onClick={() => setAdding({ contactId: '', name: '', position: '' })}
        >
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
