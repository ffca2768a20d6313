import type { ListKind } from '../../../../shared/entities/list-item';
import { CheckChips } from '../../ui/check-chips';
import type { CompanyDraft } from './company-draft';
import type { FieldErrors } from '../../ui/field-errors';
import { FormField } from '../../ui/form-field';
import { companyChoices, deletedName, type Lookups } from '../../records/use-lookups';
import { assignableMembers } from '../../records/assignable-members';
import type { MessageKey } from '../../../../shared/i18n/messages';
import { useI18n } from '../../../ui/i18n/use-i18n';

type CompanyFormClassificationProps = {
  draft: CompanyDraft;
  lookups: Lookups;
  errors: FieldErrors;
  onChange: (patch: Partial<CompanyDraft>) => void;
};

type SingleField = 'relationshipTypeId' | 'statusTypeId' | 'industryId' | 'departmentId';

/** Each one-value list, with what its select says when Settings has no values for it yet. */
const SINGLE: [field: SingleField, kind: ListKind, none: MessageKey][] = [
  ['relationshipTypeId', 'relationshipType', 'companies.form.noRelationshipTypes'],
  ['statusTypeId', 'statusType', 'companies.form.noStatuses'],
  ['industryId', 'industry', 'companies.form.noIndustries'],
  ['departmentId', 'department', 'companies.form.noDepartments'],
];

type SettingsHintProps = { text: string; link: string };

/** "No tags yet: add them in Settings.", the last word a link that opens in a new tab so the edits in this form stay. */
function SettingsHint({ text, link }: SettingsHintProps) {
  return (
    <>
      {text}{' '}
      <a href="#/settings" target="_blank" rel="noopener">
        {link}
      </a>
      .
    </>
  );
}

/** The workspace's own lists (from Settings) and the owners. */
export function CompanyFormClassification({ draft, lookups, errors, onChange }: CompanyFormClassificationProps) {
  const { t } = useI18n();
  const hint = (none: MessageKey) => <SettingsHint text={t(none)} link={t('companies.form.settingsLink')} />;
  return (
    <section class="card form-section">
      <h2>{t('companies.classification.title')}</h2>
      <div class="form-grid">
        {SINGLE.map(([field, kind, none]) => {
          const choices = companyChoices(lookups, kind);
          const stale = draft[field] && !choices.some((item) => item.id === draft[field]);
          return (
            <FormField key={field} name={field} errors={errors[field]} hint={choices.length === 0 ? hint(none) : undefined}>
              <select name={field} value={draft[field]} onChange={(e) => onChange({ [field]: e.currentTarget.value })}>
                <option value="">{t('common.notSet')}</option>
                {stale && <option value={draft[field]}>{deletedName()}</option>}
                {choices.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </select>
            </FormField>
          );
        })}
        <FormField name="categoryIds" wide group errors={errors.categoryIds}>
          <CheckChips
            name="categoryIds"
            options={companyChoices(lookups, 'category')}
            value={draft.categoryIds}
            onChange={(categoryIds) => onChange({ categoryIds })}
            empty={hint('companies.form.noCategories')}
          />
        </FormField>
        <FormField name="tagIds" wide group errors={errors.tagIds}>
          <CheckChips
            name="tagIds"
            options={companyChoices(lookups, 'tag')}
            value={draft.tagIds}
            onChange={(tagIds) => onChange({ tagIds })}
            empty={hint('companies.form.noTags')}
          />
        </FormField>
        <FormField name="ownerIds" wide group errors={errors.ownerIds}>
          <CheckChips
            name="ownerIds"
            options={assignableMembers(lookups.members, draft.ownerIds)}
            value={draft.ownerIds}
            onChange={(ownerIds) => onChange({ ownerIds })}
            empty={t('companies.form.noMembers')}
          />
        </FormField>
      </div>
    </section>
  );
}
