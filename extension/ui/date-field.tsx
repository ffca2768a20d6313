import { useEffect, useRef, useState } from 'preact/hooks';
import { datePattern, formatDateInput, isoDay, parseDateInput } from '../../shared/i18n/date-input';
import { DatePicker } from './date-picker';
import { useI18n } from './i18n/use-i18n';
import { TypedInput, TypedProblem, useTypedValue } from './typed-input';
import './date-field.css';

type Props = {
  name?: string;
  /** An ISO day ("2026-12-04") or '' for none. */
  value: string;
  /** Called with an ISO day, or '' when the field is emptied or holds no date. */
  onChange: (iso: string) => void;
  invalid?: boolean;
  required?: boolean;
  label?: string;
  testId?: string;
};

/**
 * A date written the way the user's language writes it, with a month calendar beside it. The
 * browser's own date input would follow the browser's locale instead (mm/dd/yyyy in an American
 * Chrome, whatever the user picked in Fjord).
 */
export function DateField({ name, value, onChange, invalid, required, label, testId }: Props) {
  const { t, f } = useI18n();
  const typed = useTypedValue({
    value,
    onChange,
    parse: (text) => {
      const parsed = parseDateInput(text, f.locale);
      return parsed.ok ? parsed.iso : null;
    },
    format: (iso) => formatDateInput(iso, f.locale),
    locale: f.locale,
  });
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const pattern = datePattern(f.locale, t('ui.dateField.yearLetter'));

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (!event.composedPath().includes(root.current!)) setOpen(false);
    };
    document.addEventListener('pointerdown', close, true);
    return () => document.removeEventListener('pointerdown', close, true);
  }, [open]);

  const pick = (iso: string) => {
    typed.show(iso);
    setOpen(false);
    if (iso !== value) onChange(iso);
    root.current?.querySelector('input')?.focus();
  };
  const problemId = name ? `${name}-date-problem` : undefined;

  return (
    <span
      class="date-field"
      ref={root}
      data-testid={testId}
      // Escape closes the calendar wherever the focus is in the field, before it has moved into the calendar too.
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return;
        e.preventDefault();
        setOpen(false);
        root.current?.querySelector('input')?.focus();
      }}
    >
      <span class="date-field-row">
        <TypedInput
          typed={typed}
          {...{ name, required, invalid, label, problemId }}
          placeholder={pattern}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown' && e.altKey) {
              e.preventDefault();
              setOpen(true);
            }
          }}
        />
        <button
          type="button"
          class="date-field-open"
          aria-label={t('ui.dateField.open')}
          aria-expanded={open}
          title={t('ui.dateField.open')}
          onClick={() => setOpen(!open)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <rect x="1.5" y="3" width="13" height="11.5" rx="1.5" fill="none" stroke="currentColor" />
            <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" />
          </svg>
        </button>
      </span>
      <TypedProblem typed={typed} id={problemId} text={t('ui.dateField.invalid', { pattern })} />
      {open && (
        <DatePicker
          value={typed.parsed ?? value}
          today={isoDay(localToday())}
          onPick={pick}
          onClose={() => {
            setOpen(false);
            root.current?.querySelector('input')?.focus();
          }}
        />
      )}
    </span>
  );
}

/** Today in the user's own time zone, as a UTC midnight (the picker counts days in UTC). */
function localToday(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}
