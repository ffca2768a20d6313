import { CheckChips } from '../../ui/check-chips';
import type { FieldErrors } from '../../ui/field-errors';
import { FormField } from '../../ui/form-field';
import { assignableMembers } from '../../records/assignable-members';
import { choicesFor, type Lookups } from '../../records/use-lookups';
import { useI18n } from '../../../ui/i18n/use-i18n';
import type { ContactDraft } from './contact-draft';
import { contactFieldLabel } from './contact-labels';

type ContactFormListsProps = {
  draft: ContactDraft;
  lookups: Lookups;
  errors: FieldErrors;
  onChange: (patch: Partial<ContactDraft>) => void;
};

/** The categories and tags that apply to contacts, and who is responsible for the person. */
export function ContactFormLists({ draft, lookups, errors, onChange }: ContactFormListsProps) {
  const { t } = useI18n();
  const hint = (none: 'contacts.form.noCategories' | 'companies.form.noTags') => (
    <>
      {t(none)}{' '}
      <a href="#/settings" target="_blank" rel="noopener">
        {t('companies.form.settingsLink')}
      </a>
      .
    </>
  );
  return (
    <section class="card form-section">
      <h2>{t('companies.classification.title')}</h2>
      <FormField name="categoryIds" label={contactFieldLabel('categoryIds')} wide group errors={errors.categoryIds}>
        <CheckChips
          name="categoryIds"
          options={choicesFor(lookups, 'category', 'contact')}
          value={draft.categoryIds}
          onChange={(categoryIds) => onChange({ categoryIds })}
          empty={hint('contacts.form.noCategories')}
        />
      </FormField>
      <FormField name="tagIds" label={contactFieldLabel('tagIds')} wide group errors={errors.tagIds}>
        <CheckChips
          name="tagIds"
          options={choicesFor(lookups, 'tag', 'contact')}
          value={draft.tagIds}
          onChange={(tagIds) => onChange({ tagIds })}
          empty={hint('companies.form.noTags')}
        />
      </FormField>
      <FormField name="ownerIds" label={contactFieldLabel('ownerIds')} wide group errors={errors.ownerIds}>
        <CheckChips
          name="ownerIds"
          options={assignableMembers(lookups.members, draft.ownerIds)}
          value={draft.ownerIds}
          onChange={(ownerIds) => onChange({ ownerIds })}
          empty={t('companies.form.noMembers')}
        />
      </FormField>
    </section>
  );
}
