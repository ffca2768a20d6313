import type { CustomFieldKind, CustomFieldRow } from '../companies/form/company-draft';
import { FormField } from '../ui/form-field';

type CustomFieldsEditorProps = { rows: CustomFieldRow[]; onChange: (rows: CustomFieldRow[]) => void; errors?: string[] };

const KINDS: Record<CustomFieldKind, string> = { text: 'Text', number: 'Number', boolean: 'Yes/no', list: 'List' };

/** Key/value rows; the kind keeps numbers, yes/no and lists typed in the API. */
export function CustomFieldsEditor({ rows, onChange, errors }: CustomFieldsEditorProps) {
  const update = (index: number, patch: Partial<CustomFieldRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <FormField name="customFields" errors={errors} group hideLabel>
      {rows.length === 0 && <p class="muted small">None yet: add one for anything the fields above do not cover.</p>}
      {rows.map((row, index) => (
        <div class="custom-field-row" key={index} data-testid="custom-field-row">
          <input
            name={`customFields.${index}.key`}
            aria-label="Field name"
            placeholder="Field name, e.g. contract_no"
            value={row.key}
            onInput={(e) => update(index, { key: e.currentTarget.value })}
          />
          <select
            aria-label="Kind"
            value={row.kind}
            onChange={(e) => update(index, { kind: e.currentTarget.value as CustomFieldKind, value: '' })}
          >
            {Object.entries(KINDS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>
          {row.kind === 'boolean' ? (
            <select
              aria-label="Value"
              value={row.value || 'false'}
              onChange={(e) => update(index, { value: e.currentTarget.value })}
            >
              <option value="true">Yes</option>
              <option value="false">No</option>
            </select>
          ) : (
            <input
              name={`customFields.${index}.value`}
              aria-label="Value"
              placeholder={row.kind === 'list' ? 'Values, separated by commas' : 'Value'}
              inputMode={row.kind === 'number' ? 'decimal' : undefined}
              value={row.value}
              onInput={(e) => update(index, { value: e.currentTarget.value })}
            />
          )}
          <button type="button" class="secondary small-button" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        class="secondary small-button"
        onClick={() => onChange([...rows, { key: '', kind: 'text', value: '' }])}
      >
        + Add field
      </button>
    </FormField>
  );
}
