import { useMemo, useRef, useState } from 'preact/hooks';
import type { Contact } from '../../../../shared/entities/contact';
import { newId } from '../../../../shared/ids';
import { contactsApi } from '../../../../shared/api/contacts.api';
import { ApiError, type ApiClient } from '../../../api/api-client';
import { AddressFieldset } from '../../companies/form/address-fieldset';
import type { Issue } from '../../companies/form/company-draft';
import { changedFields } from '../../ui/changed-fields';
import { fieldErrors } from '../../ui/field-errors';
import { FormFooter } from '../../ui/form-footer';
import { focusFirstError } from '../../ui/focus-first-error';
import { FormField, TextField } from '../../ui/form-field';
import { TypedFieldsEditor, typedFieldLabel } from '../../custom-fields/typed-fields-editor';
import { navigate } from '../../use-hash-route';
import type { Lookups } from '../../records/use-lookups';
import { DateField } from '../../../ui/date-field';
import { currentI18n, useI18n } from '../../../ui/i18n/use-i18n';
import { ChannelListEditor } from './channel-list-editor';
import { ContactFormLists } from './contact-form-lists';
import { contactDraft, draftPayload, type ContactDraft } from './contact-draft';
import { contactFieldLabel } from './contact-labels';
import { WorksAtFieldset, type WorksAt } from './works-at-fieldset';
import '../../companies/form/company-form.css';
import './contact-form.css';

type ContactEditFormProps = {
  api: ApiClient;
  contact: Contact | null;
  lookups: Lookups;
  /** The signed-in user: a new contact's first owner. */
  me: string | null;
  /** A company the new contact works at (from the company card's "Add person"). */
  companyId: string | null;
  onSignedOut: () => void;
};

/**
 * Edits a contact (PATCH of the changed fields) or creates one (POST, then the company link);
 * every problem is shown at once beside its field, the first one focused, and a failed save
 * keeps every input.
 */
export function ContactEditForm({ api, contact, lookups, me, companyId, onSignedOut }: ContactEditFormProps) {
  const { t, f } = useI18n();
  const [initial] = useState(() => contactDraft(contact, lookups, me));
  // Minted once, so saving again after a refused create still makes the same contact.
  const [createId] = useState(newId);
  const [draft, setDraft] = useState<ContactDraft>(initial);
  const [worksAt, setWorksAt] = useState<WorksAt>({ companyId: companyId ?? '', position: '' });
  const [issues, setIssues] = useState<Issue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const errors = useMemo(() => fieldErrors(issues), [issues]);
  const change = (patch: Partial<ContactDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const cardHash = contact ? `#/contacts/${contact.id}` : companyId ? `#/companies/${companyId}` : '#/contacts';

  const refuse = (found: Issue[], message: string) => {
    setIssues(found);
    setFailure(message);
    focusFirstError(form.current);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    const { payload, issues: local } = draftPayload(draft);
    if (local.length > 0) return refuse(local, t('companies.form.notSaved'));
    setIssues([]);
    setFailure(null);
    const body = contact ? changedFields(draftPayload(initial).payload, payload) : payload;
    setSaving(true);
    try {
      const id = contact?.id ?? createId;
      if (!contact) await api.call(contactsApi.create, { json: { ...payload, id } });
      else if (Object.keys(body).length > 0) await api.call(contactsApi.update, { params: { id }, json: body });
      if (draft.isPrivateCustomer !== initial.isPrivateCustomer)
        await api.call(contactsApi.setPrivateCustomer, { params: { id }, json: { isPrivateCustomer: draft.isPrivateCustomer } });
      if (!contact && worksAt.companyId)
        await api.call(contactsApi.linkCompany, {
          params: { id },
          json: { companyId: worksAt.companyId, position: worksAt.position.trim() || null, isPrimary: true },
        });
      navigate(`#/contacts/${id}`);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      const { t } = currentI18n();
      const found = err instanceof ApiError ? err.issues : [];
      refuse(
        found,
        found.length > 0 ? t('companies.form.notSaved') : t('companies.form.notSavedReason', { reason: (err as Error).message }),
      );
    } finally {
      setSaving(false);
    }
  };

  const rowsWithErrors = (field: 'emails' | 'phones') =>
    new Set(issues.filter((i) => i.path[0] === field && typeof i.path[1] === 'number').map((i) => i.path[1] as number));
  const fieldsWithErrors = Object.keys(errors).map((key) => typedFieldLabel(draft.typed, key) ?? contactFieldLabel(key));
  const name = contact ? [contact.firstName, contact.lastName].filter(Boolean).join(' ') : '';
  const text = (field: 'firstName' | 'lastName' | 'title' | 'url', extra?: { wide?: boolean; inputMode?: 'url' }) => (
    <TextField
      name={field}
      label={contactFieldLabel(field)}
      required={field === 'firstName'}
      value={draft[field]}
      errors={errors[field]}
      onInput={(value) => change({ [field]: value })}
      {...extra}
    />
  );
  return (
    <form class="company-form contact-form" data-testid="contact-form" ref={form} noValidate onSubmit={(e) => void save(e)}>
      <header class="content-header">
        <div>
          <a href={cardHash} class="back">
            ← {contact ? name : t('common.contacts')}
          </a>
          <h1>{contact ? t('contacts.form.editTitle', { name }) : t('contacts.form.newTitle')}</h1>
        </div>
      </header>
      <div class="form-columns">
        <section class="card form-section">
          <h2>{t('contacts.form.person')}</h2>
          <div class="form-grid">
            {text('firstName')}
            {text('lastName')}
            {text('title', { wide: true })}
            <FormField
              name="birthday"
              label={contactFieldLabel('birthday')}
              errors={errors.birthday}
              hint={
                draft.birthdayWithoutYear && !draft.birthday
                  ? t('contacts.form.birthdayWithoutYear', { day: f.dayMonth(draft.birthdayWithoutYear.slice(2)) })
                  : undefined
              }
            >
              <DateField
                name="birthday"
                value={draft.birthday}
                invalid={!!errors.birthday}
                onChange={(birthday) => change({ birthday })}
              />
            </FormField>
            {text('url', { inputMode: 'url' })}
            <label class="wide check-line">
              <input
                type="checkbox"
                name="isPrivateCustomer"
                checked={draft.isPrivateCustomer}
                onChange={(e) => change({ isPrivateCustomer: e.currentTarget.checked })}
              />{' '}
              {t('contacts.form.privateCustomer')}
              <small class="hint">
                {contact?.customerNumber
                  ? t('contacts.form.customerNumber', { number: contact.customerNumber })
                  : t('contacts.form.privateCustomerHint')}
              </small>
            </label>
          </div>
        </section>
        {!contact && <WorksAtFieldset api={api} value={worksAt} onChange={setWorksAt} onSignedOut={onSignedOut} />}
        <section class="card form-section">
          <h2>{t('contacts.form.reach')}</h2>
          <FormField name="emails" label={contactFieldLabel('emails')} group errors={errors.emails}>
            <ChannelListEditor
              name="emails"
              rows={draft.emails}
              invalidRows={rowsWithErrors('emails')}
              onChange={(emails) => change({ emails })}
            />
          </FormField>
          <FormField name="phones" label={contactFieldLabel('phones')} group errors={errors.phones}>
            <ChannelListEditor
              name="phones"
              rows={draft.phones}
              invalidRows={rowsWithErrors('phones')}
              onChange={(phones) => change({ phones })}
            />
          </FormField>
          <AddressFieldset
            name="address"
            label={contactFieldLabel('address')}
            value={draft.address}
            errors={errors.address}
            onChange={(address) => change({ address })}
          />
        </section>
        <ContactFormLists draft={draft} lookups={lookups} errors={errors} onChange={change} />
        {draft.typed.length > 0 && (
          <section class="card form-section">
            <h2>{t('companies.form.customFields')}</h2>
            <TypedFieldsEditor drafts={draft.typed} errors={errors} onChange={(typed) => change({ typed })} />
          </section>
        )}
        <section class="card form-section">
          <FormField name="notes" label={contactFieldLabel('notes')} errors={errors.notes}>
            <textarea name="notes" rows={5} value={draft.notes} onInput={(e) => change({ notes: e.currentTarget.value })} />
          </FormField>
        </section>
      </div>
      <FormFooter
        failure={failure}
        fieldsWithErrors={fieldsWithErrors}
        cancelHash={cardHash}
        saving={saving}
        saveLabel={contact ? t('companies.form.saveChanges') : t('contacts.form.create')}
        saveTestId="save-contact"
      />
    </form>
  );
}
