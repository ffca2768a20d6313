import { useEffect, useState } from 'preact/hooks';
import { DateField } from './date-field';
import { useI18n } from './i18n/use-i18n';
import { TimeField } from './time-field';

type Props = {
  name: string;
  /** "YYYY-MM-DDTHH:MM" (local time) or '' for none. */
  value: string;
  /** Called with "YYYY-MM-DDTHH:MM" once both halves hold one, else ''. */
  onChange: (value: string) => void;
  invalid?: boolean;
  required?: boolean;
};

const split = (value: string) => ({ date: value.slice(0, 10), time: value.slice(11, 16) });

/** A day and a time side by side, each in the user's language; the halves are kept while the other is still empty. */
export function DateTimeField({ name, value, onChange, invalid, required }: Props) {
  const { t } = useI18n();
  const [parts, setParts] = useState(() => split(value));
  const combined = parts.date && parts.time ? `${parts.date}T${parts.time}` : '';

  useEffect(() => {
    if (value !== combined && value !== '') setParts(split(value));
    if (value === '' && combined !== '') setParts({ date: '', time: '' });
  }, [value]);

  const change = (next: { date: string; time: string }) => {
    setParts(next);
    const joined = next.date && next.time ? `${next.date}T${next.time}` : '';
    if (joined !== value) onChange(joined);
  };
  return (
    <span class="date-time-field">
      <DateField
        name={name}
        value={parts.date}
        invalid={invalid}
        required={required}
        onChange={(date) => change({ ...parts, date })}
      />
      <TimeField
        name={`${name}-time`}
        label={t('ui.timeField.time')}
        value={parts.time}
        invalid={invalid}
        required={required}
        onChange={(time) => change({ ...parts, time })}
      />
    </span>
  );
}
