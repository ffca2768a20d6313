import type { MessageKey } from '../../../shared/i18n/messages';
import { useI18n } from '../../ui/i18n/use-i18n';
import type { CustomFieldKind, CustomFieldRow } from '../companies/form/company-draft';
import { FormField } from '../ui/form-field';

type CustomFieldsEditorProps = { rows: CustomFieldRow[]; onChange: (rows: CustomFieldRow[]) => void; errors?: string[] };

const KINDS: Record<CustomFieldKind, MessageKey> = {
  text: 'customFields.type.text',
  number: 'customFields.type.number',
  boolean: 'customFields.type.boolean',
  list: 'customFields.free.list',
};

/** Key/value rows; the kind keeps numbers, yes/no and lists typed in the API. */
export function CustomFieldsEditor({ rows, onChange, errors }: CustomFieldsEditorProps) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<CustomFieldRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <FormField name="customFields" errors={errors} group hideLabel>
      {rows.length === 0 && <p class="muted small">{t('customFields.free.none')}</p>}
      {rows.map((row, index) => (
        <div class="custom-field-row" key={index} data-testid="custom-field-row">
          <input
            name={`customFields.${index}.key`}
            aria-label={t('customFields.free.key')}
            placeholder={t('customFields.free.keyPlaceholder')}
            value={row.key}
            onInput={(e) => update(index, { key: e.currentTarget.value })}
          />
          <select
            aria-label={t('customFields.free.kind')}
            value={row.kind}
            onChange={(e) => update(index, { kind: e.currentTarget.value as CustomFieldKind, value: '' })}
          >
            {Object.entries(KINDS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {t(label)}
              </option>
            ))}
          </select>
          {row.kind === 'boolean' ? (
            <select
              aria-label={t('customFields.free.value')}
              value={row.value || 'false'}
              onChange={(e) => update(index, { value: e.currentTarget.value })}
            >
              <option value="true">{t('common.yes')}</option>
              <option value="false">{t('common.no')}</option>
            </select>
          ) : (
            <input
              name={`customFields.${index}.value`}
              aria-label={t('customFields.free.value')}
              placeholder={t(row.kind === 'list' ? 'customFields.commaValues' : 'customFields.free.value')}
              inputMode={row.kind === 'number' ? 'decimal' : undefined}
              value={row.value}
              onInput={(e) => update(index, { value: e.currentTarget.value })}
            />
          )}
          <button type="button" class="secondary small-button" onClick={() => onChange(rows.filter((_, i) => i !== index))}>
            {t('common.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        class="secondary small-button"
        onClick={() => onChange([...rows, { key: '', kind: 'text', value: '' }])}
      >
        {t('customFields.free.add')}
      </button>
    </FormField>
  );
}
