import { formatTimeInput, parseTimeInput } from '../../shared/i18n/time-input';
import { useI18n } from './i18n/use-i18n';
import { TypedInput, TypedProblem, useTypedValue } from './typed-input';
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
  const typed = useTypedValue({
    value,
    onChange,
    parse: parseTimeInput,
    format: (hhmm) => formatTimeInput(hhmm, f.locale),
    locale: f.locale,
  });
  const pattern = formatTimeInput('12:34', f.locale).replace('12', t('ui.timeField.hourLetter').repeat(2)).replace('34', 'mm');
  const problemId = name ? `${name}-time-problem` : undefined;

  return (
    <span class="date-field time-field">
      <TypedInput typed={typed} {...{ name, required, invalid, label, problemId }} placeholder={pattern} />
      <TypedProblem typed={typed} id={problemId} text={t('ui.timeField.invalid', { pattern })} />
    </span>
  );
}
