import type { CustomField } from '../../../shared/entities/custom-field';
import { CheckChips } from '../ui/check-chips';
import type { CustomValueDraft } from './custom-value-draft';

type CustomValueInputProps = {
  field: CustomField;
  value: CustomValueDraft;
  invalid: boolean;
  onChange: (value: CustomValueDraft) => void;
};

/** The input that fits the field's type; a stored value that is no longer a choice stays selectable. */
export function CustomValueInput({ field, value, invalid, onChange }: CustomValueInputProps) {
  const name = `cf.${field.id}`;
  const aria = invalid ? true : undefined;
  if (Array.isArray(value)) {
    const options = [...new Set([...field.options, ...value])].map((o) => ({ id: o, name: o }));
    return (
      <CheckChips
        name={name}
        options={options}
        value={value}
        onChange={onChange}
        empty="No choices yet: an admin adds them in Settings."
      />
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
            {field.type === 'boolean' ? (option === 'true' ? 'Yes' : 'No') : option}
          </option>
        ))}
      </select>
    );
  }
  if (field.type === 'date') {
    return <input name={name} type="date" value={value} aria-invalid={aria} onInput={(e) => onChange(e.currentTarget.value)} />;
  }
  return (
    <input
      name={name}
      // Text, not type=number: the browser would hand over '' for "12 apples" and the mistake would vanish.
      inputMode={field.type === 'number' ? 'decimal' : undefined}
      placeholder={field.type === 'multiChoice' ? 'Values, separated by commas' : undefined}
      value={value}
      aria-invalid={aria}
      onInput={(e) => onChange(e.currentTarget.value)}
    />
  );
}
