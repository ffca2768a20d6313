import { useState } from 'preact/hooks';
import type { CustomField } from '../../../shared/entities/custom-field';
import { useI18n } from '../../ui/i18n/use-i18n';
import { entityFields } from './custom-field-defs';
import './custom-field-filter.css';
import { parseNumber } from '../ui/money';
import type { ListFilterState } from '../records/use-list-filter';
import type { Lookups } from '../records/use-lookups';
import { DateField } from '../../ui/date-field';

type CustomFieldFilterProps = { filter: ListFilterState; lookups: Lookups };

/** Pick a custom field, then a value fitting its type: `cf.<id>=<value>` in the URL, "Tier: Gold" as a chip. */
export function CustomFieldFilter({ filter, lookups }: CustomFieldFilterProps) {
  const { t } = useI18n();
  const fields = entityFields(lookups, filter.type);
  const [fieldId, setFieldId] = useState('');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const field = fields.find((f) => f.id === fieldId);
  if (fields.length === 0) return null;

  const apply = (event: Event) => {
    event.preventDefault();
    if (!field || !value.trim()) return;
    const param = field.type === 'number' ? parseNumber(value) : value.trim();
    if (param === null) return setProblem(`${field.label}: ${t('customFields.mustBeNumber')}`);
    filter.set(`cf.${field.id}`, String(param));
    setValue('');
    setProblem(null);
  };
  return (
    <form class="filter-fields custom-field-filter" data-testid="custom-field-filter" onSubmit={apply}>
      <label>
        {t('customFields.filter.field')}
        <select
          name="filter-custom-field"
          value={fieldId}
          onChange={(e) => {
            setFieldId(e.currentTarget.value);
            setValue('');
            setProblem(null);
          }}
        >
          <option value="">{t('customFields.filter.pickField')}</option>
          {fields.map((f) => (
            <option key={f.id} value={f.id}>
              {f.label}
            </option>
          ))}
        </select>
      </label>
      {field && (
        <label>
          {field.label}
          <FilterValueInput field={field} value={value} onChange={setValue} />
        </label>
      )}
      {field && (
        <button type="submit" class="secondary" data-testid="apply-custom-filter" disabled={!value.trim()}>
          {t('customFields.filter.apply')}
        </button>
      )}
      {problem && (
        <p class="error small" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

type FilterValueInputProps = { field: CustomField; value: string; onChange: (value: string) => void };

/** Yes/no and choices as a select (a multi-choice matches when the value is one of its choices). */
function FilterValueInput({ field, value, onChange }: FilterValueInputProps) {
  const { t } = useI18n();
  const choices = field.type === 'boolean' ? ['true', 'false'] : field.type === 'date' ? [] : field.options;
  if (choices.length > 0) {
    return (
      <select name="filter-custom-value" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('customFields.filter.pickValue')}</option>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {field.type === 'boolean' ? t(choice === 'true' ? 'common.yes' : 'common.no') : choice}
          </option>
        ))}
      </select>
    );
  }
  if (field.type === 'date') {
    return <DateField name="filter-custom-value" value={value} onChange={onChange} />;
  }
  return (
    <input
      name="filter-custom-value"
      inputMode={field.type === 'number' ? 'decimal' : undefined}
      maxLength={200}
      value={value}
      onInput={(e) => onChange(e.currentTarget.value)}
    />
  );
}
