import { useState } from 'preact/hooks';
import { contactsApi, type ContactCard } from '../../../shared/api/contacts.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { LinkRecordForm } from '../records/link-record-form';
import { useSettingsRun } from '../settings/use-settings-run';

type ContactCompaniesProps = {
  api: ApiClient;
  contactId: string;
  links: ContactCard['companies'];
  onChanged: () => void;
  onSignedOut: () => void;
};

/**
 * The companies a person works at (24SevenOffice: one person, many companies), each with the
 * position there: change it, make one the primary, unlink, or add another company.
 */
export function ContactCompanies({ api, contactId, links, onChanged, onSignedOut }: ContactCompaniesProps) {
  const { t } = useI18n();
  const { run, busy: progress, error } = useSettingsRun(onChanged, onSignedOut, (err) => (err as Error).message);
  const busy = progress !== null;
  const [adding, setAdding] = useState(false);
  const link = (companyId: string, patch: { position?: string | null; isPrimary?: boolean }) =>
    run(t('common.saving'), async () => {
      await api.call(contactsApi.linkCompany, { params: { id: contactId }, json: { companyId, ...patch } });
      setAdding(false);
    });
  const unlink = (companyId: string) =>
    run(t('common.saving'), () => api.call(contactsApi.unlinkCompany, { params: { id: contactId, companyId } }));

  return (
    <div data-testid="contact-companies">
      {links.length === 0 && <p class="empty">{t('contacts.card.notLinked')}</p>}
      <ul class="company-links">
        {links.map(({ company, position, isPrimary }) => (
          <li key={company.id} data-testid="company-link">
            <div class="company-link-head">
              <a href={`#/companies/${company.id}`}>{company.name}</a>
              {isPrimary ? (
                <span class="muted small"> {t('contacts.card.primary')}</span>
              ) : (
                <button type="button" class="link" disabled={busy} onClick={() => link(company.id, { isPrimary: true })}>
                  {t('contacts.form.makePrimary')}
                </button>
              )}
              <button
                type="button"
                class="link danger-link"
                disabled={busy}
                aria-label={t('contacts.card.unlinkFrom', { company: company.name })}
                onClick={() => unlink(company.id)}
              >
                {t('contacts.card.unlink')}
              </button>
            </div>
            <PositionInput
              company={company.name}
              value={position ?? ''}
              busy={busy}
              onSave={(next) => link(company.id, { position: next.trim() || null })}
            />
          </li>
        ))}
      </ul>
      {adding ? (
        <LinkRecordForm
          api={api}
          entity="company"
          testId="add-company-link"
          searchName="linkCompanySearch"
          positionName="linkPosition"
          saveTestId="save-company-link"
          search={{
            label: t('contacts.filter.searchLabel'),
            placeholder: t('contacts.filter.searchPlaceholder'),
            noMatch: (query) => t('contacts.filter.noMatch', { query }),
          }}
          excludeIds={links.map((l) => l.company.id)}
          busy={busy}
          onLink={(companyId, position) => link(companyId, { position })}
          onCancel={() => setAdding(false)}
          onSignedOut={onSignedOut}
        />
      ) : (
        <button type="button" class="link" data-testid="add-company" onClick={() => setAdding(true)}>
          {t('contacts.card.addCompany')}
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

type PositionInputProps = { company: string; value: string; busy: boolean; onSave: (value: string) => void };

/** The position at one company, saved when it changes and the field is left (or Enter). */
function PositionInput({ company, value, busy, onSave }: PositionInputProps) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const save = () => {
    if (text.trim() !== value.trim()) onSave(text);
  };
  return (
    <input
      class="position-input"
      name="position"
      value={text}
      disabled={busy}
      placeholder={t('contacts.form.position')}
      aria-label={t('contacts.card.positionAt', { company })}
      onInput={(e) => setText(e.currentTarget.value)}
      onBlur={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          save();
        }
      }}
    />
  );
}
