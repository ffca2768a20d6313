import type { CustomField } from '../../../shared/entities/custom-field';
import { useI18n } from '../../ui/i18n/use-i18n';
import { CheckChips } from '../ui/check-chips';
import type { CustomValueDraft } from './custom-value-draft';
import { DateField } from '../../ui/date-field';

type CustomValueInputProps = {
  field: CustomField;
  value: CustomValueDraft;
  invalid: boolean;
  onChange: (value: CustomValueDraft) => void;
};

/** The input that fits the field's type; a stored value that is no longer a choice stays selectable. */
export function CustomValueInput({ field, value, invalid, onChange }: CustomValueInputProps) {
  const { t } = useI18n();
  const name = `cf.${field.id}`;
  const aria = invalid ? true : undefined;
  if (Array.isArray(value)) {
    const options = [...new Set([...field.options, ...value])].map((o) => ({ id: o, name: o }));
    return (
      <CheckChips name={name} options={options} value={value} onChange={onChange} empty={t('customFields.input.noChoices')} />
    );
  }
  const choices = field.type === 'boolean' ? ['true', 'false'] : field.type === 'choice' ? field.options : [];
  if (choices.length > 0) {
    const options = value && !choices.includes(value) ? [...choices, value] : choices;
    return (
      <select name={name} value={value} aria-invalid={aria} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">—</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {field.type === 'boolean' ? t(option === 'true' ? 'common.yes' : 'common.no') : option}
          </option>
        ))}
      </select>
    );
  }
  if (field.type === 'date') {
    return <DateField name={name} value={value} invalid={aria} onChange={onChange} />;
  }
  return (
    <input
      name={name}
      // Text, not type=number: the browser would hand over '' for "12 apples" and the mistake would vanish.
      inputMode={field.type === 'number' ? 'decimal' : undefined}
      placeholder={field.type === 'multiChoice' ? t('customFields.commaValues') : undefined}
      value={value}
      aria-invalid={aria}
      onInput={(e) => onChange(e.currentTarget.value)}
    />
  );
}
