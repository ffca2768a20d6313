import { useState } from 'preact/hooks';
import { ask } from '../../messaging/messages';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import type { NewContact } from '../add-contact';
import type { ContactDraft } from '../contact-draft';
import type { PersonCard } from '../people-lookup';

type AddContactFormProps = { person: PersonCard; draft: ContactDraft; onSaved: () => void; onCancel: () => void };

type CompanyChoice = 'existing' | 'new' | 'none';

/**
 * "Add contact" for someone Fjord does not know, prefilled from the name, the address and their
 * signature. The company is the one with their e-mail's domain when Fjord has it, else a new one
 * named as the signature says; a free-mail address suggests none.
 */
export function AddContactForm({ person, draft, onSaved, onCancel }: AddContactFormProps) {
  const { t } = useI18n();
  const suggested = person.suggestedCompany;
  const [fields, setFields] = useState({ ...draft, phones: draft.phones.join(', ') });
  const [choice, setChoice] = useState<CompanyChoice>(
    suggested ? 'existing' : person.companyDomain && draft.companyName ? 'new' : 'none',
  );
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = (key: keyof typeof fields) => (e: Event) => setFields({ ...fields, [key]: (e.target as HTMLInputElement).value });

  const save = async (e: Event) => {
    e.preventDefault();
    if (!fields.firstName.trim()) return setError(t('sidebar.addContact.firstNameRequired'));
    if (choice === 'new' && !fields.companyName.trim()) return setError(t('sidebar.addContact.companyNameRequired'));
    const company: NewContact['company'] =
      choice === 'existing' && suggested
        ? { id: suggested.id }
        : choice === 'new'
          ? { name: fields.companyName.trim(), domain: person.companyDomain }
          : null;
    setSaving(true);
    try {
      const { companyName: _name, phones, ...contact } = fields;
      await ask('webmail.addContact', { ...contact, phones: phones.split(/\s*[,;]\s*/).filter(Boolean), company });
      onSaved();
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      setError(currentI18n().t('sidebar.addContact.notSaved', { reason }));
      setSaving(false);
    }
  };
  const input = (key: keyof typeof fields, label: string) => (
    <label>
      <span>{label}</span>
      <input type="text" name={key} value={fields[key]} onInput={set(key)} />
    </label>
  );
  return (
    <form class="add-contact" data-testid="add-contact-form" onSubmit={(e) => void save(e)}>
      {input('firstName', t('sidebar.addContact.firstName'))}
      {input('lastName', t('sidebar.addContact.lastName'))}
      {input('title', t('sidebar.addContact.title'))}
      {input('email', t('common.email'))}
      {input('phones', t('sidebar.addContact.phones'))}
      {input('website', t('sidebar.addContact.website'))}
      {input('address', t('sidebar.addContact.address'))}
      <fieldset>
        <legend>{t('common.company')}</legend>
        {suggested && (
          <label class="choice">
            <input type="radio" name="company" checked={choice === 'existing'} onChange={() => setChoice('existing')} />
            {suggested.name}
          </label>
        )}
        <label class="choice">
          <input type="radio" name="company" checked={choice === 'new'} onChange={() => setChoice('new')} />
          {t('sidebar.addContact.newCompany')}
        </label>
        {choice === 'new' && input('companyName', t('sidebar.addContact.companyName'))}
        <label class="choice">
          <input type="radio" name="company" checked={choice === 'none'} onChange={() => setChoice('none')} />
          {t('sidebar.addContact.noCompany')}
        </label>
      </fieldset>
      {error && <p class="error">{error}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={saving} data-testid="save-contact">
          {saving ? t('common.saving') : t('sidebar.addContact.save')}
        </button>
        <button type="button" disabled={saving} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
