import type { CustomField } from '../../../shared/entities/custom-field';
import type { TypedDraft } from './custom-value-draft';
import { CustomValueInput } from './custom-value-input';
import type { FieldErrors } from '../ui/field-errors';
import { FormField } from '../ui/form-field';

type TypedFieldsEditorProps = {
  drafts: TypedDraft[];
  /** Only the fields of this section; the others are handed back unchanged. */
  section?: CustomField['section'];
  /** Messages by `cf.<id>`. */
  errors: FieldErrors;
  onChange: (drafts: TypedDraft[]) => void;
};

/** One labelled input per typed field, each with its own error. */
export function TypedFieldsEditor({ drafts, section, errors, onChange }: TypedFieldsEditorProps) {
  const shown = drafts.filter((d) => !section || d.field.section === section);
  if (shown.length === 0) return null;
  return (
    <div class="form-grid typed-fields">
      {shown.map(({ field, value }) => {
        const key = `cf.${field.id}`;
        const set = (next: typeof value) => onChange(drafts.map((d) => (d.field.id === field.id ? { field, value: next } : d)));
        return (
          <FormField
            key={field.id}
            name={key}
            label={field.label}
            errors={errors[key]}
            group={Array.isArray(value)}
            wide={Array.isArray(value)}
          >
            <CustomValueInput field={field} value={value} invalid={!!errors[key]} onChange={set} />
          </FormField>
        );
      })}
    </div>
  );
}

/** "Fleet size" for `cf.<id>`, so the form's summary names typed fields as their inputs do. */
export function typedFieldLabel(drafts: TypedDraft[], key: string): string | undefined {
  return drafts.find((d) => `cf.${d.field.id}` === key)?.field.label;
}
