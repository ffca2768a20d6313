import type { ListKind } from '../../../../shared/entities/list-item';
import { CheckChips } from '../../ui/check-chips';
import type { CompanyDraft } from './company-draft';
import type { FieldErrors } from '../../ui/field-errors';
import { FormField } from '../../ui/form-field';
import { companyChoices, DELETED, type Lookups } from '../../records/use-lookups';
import { assignableMembers } from '../../records/assignable-members';

type CompanyFormClassificationProps = {
  draft: CompanyDraft;
  lookups: Lookups;
  errors: FieldErrors;
  onChange: (patch: Partial<CompanyDraft>) => void;
};

const SINGLE: [field: 'relationshipTypeId' | 'statusTypeId' | 'industryId' | 'departmentId', kind: ListKind, plural: string][] = [
  ['relationshipTypeId', 'relationshipType', 'relationship types'],
  ['statusTypeId', 'statusType', 'statuses'],
  ['industryId', 'industry', 'industries'],
  ['departmentId', 'department', 'departments'],
];

// Opens in a new tab so the edits in this form stay.
const settingsLink = (
  <a href="#/settings" target="_blank" rel="noopener">
    Settings
  </a>
);

/** The workspace's own lists (from Settings) and the owners. */
export function CompanyFormClassification({ draft, lookups, errors, onChange }: CompanyFormClassificationProps) {
  return (
    <section class="card form-section">
      <h2>Classification</h2>
      <div class="form-grid">
        {SINGLE.map(([field, kind, plural]) => {
          const choices = companyChoices(lookups, kind);
          const stale = draft[field] && !choices.some((item) => item.id === draft[field]);
          return (
            <FormField
              key={field}
              name={field}
              errors={errors[field]}
              hint={
                choices.length === 0 ? (
                  <>
                    No {plural} yet: add them in {settingsLink}.
                  </>
                ) : undefined
              }
            >
              <select name={field} value={draft[field]} onChange={(e) => onChange({ [field]: e.currentTarget.value })}>
                <option value="">Not set</option>
                {stale && <option value={draft[field]}>{DELETED}</option>}
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
            empty={<>No categories for companies yet: add them in {settingsLink}.</>}
          />
        </FormField>
        <FormField name="tagIds" wide group errors={errors.tagIds}>
          <CheckChips
            name="tagIds"
            options={companyChoices(lookups, 'tag')}
            value={draft.tagIds}
            onChange={(tagIds) => onChange({ tagIds })}
            empty={<>No tags yet: add them in {settingsLink}.</>}
          />
        </FormField>
        <FormField name="ownerIds" wide group errors={errors.ownerIds}>
          <CheckChips
            name="ownerIds"
            options={assignableMembers(lookups.members, draft.ownerIds)}
            value={draft.ownerIds}
            onChange={(ownerIds) => onChange({ ownerIds })}
            empty="No members in this workspace."
          />
        </FormField>
      </div>
    </section>
  );
}
