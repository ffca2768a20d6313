import { useEffect, useState } from 'preact/hooks';
import { formatTimeInput, parseTimeInput } from '../../shared/i18n/time-input';
import { useI18n } from './i18n/use-i18n';
import './date-field.css';

type Props = {
  name?: string;
  /** "HH:MM" or '' for none. */
  value: string;
  /** Called with "HH:MM", or '' when the field is emptied or holds no time. */
  onChange: (hhmm: string) => void;
  invalid?: boolean;
  required?: boolean;
  label?: string;
};

/** A time of day on the 24-hour clock, written the locale's way ("09:15", "09.15" in Danish), not the browser's. */
export function TimeField({ name, value, onChange, invalid, required, label }: Props) {
  const { t, f } = useI18n();
  const [text, setText] = useState(() => formatTimeInput(value, f.locale));
  const [wrong, setWrong] = useState(false);
  const pattern = formatTimeInput('12:34', f.locale).replace('12', t('ui.timeField.hourLetter').repeat(2)).replace('34', 'mm');

  // Only outside changes: each keystroke is handled by `take`.
  useEffect(() => {
    const shown = parseTimeInput(text);
    if (value === '' ? text.trim() !== '' && shown !== null : shown !== value) {
      setText(formatTimeInput(value, f.locale));
      setWrong(false);
    }
  }, [value, f.locale]);

  const take = (input: string) => {
    setText(input);
    const parsed = input.trim() === '' ? '' : parseTimeInput(input);
    if (parsed !== null) setWrong(false);
    if ((parsed ?? '') !== value) onChange(parsed ?? '');
  };
  const messageId = name ? `${name}-time-problem` : undefined;

  return (
    <span class="date-field time-field">
      <input
        type="text"
        name={name}
        inputMode="numeric"
        required={required}
        autoComplete="off"
        placeholder={pattern}
        aria-label={label}
        aria-invalid={invalid || wrong ? true : undefined}
        aria-describedby={wrong ? messageId : undefined}
        value={text}
        onInput={(e) => take(e.currentTarget.value)}
        onBlur={() => {
          if (text.trim() === '') return;
          const parsed = parseTimeInput(text);
          if (parsed) setText(formatTimeInput(parsed, f.locale));
          else setWrong(true);
        }}
      />
      {wrong && (
        <span class="date-field-problem" id={messageId} role="alert">
          {t('ui.timeField.invalid', { pattern })}
        </span>
      )}
    </span>
  );
}
