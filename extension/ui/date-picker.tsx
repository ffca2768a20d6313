import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isoDay, monthGrid } from '../../shared/i18n/date-input';
import { useI18n } from './i18n/use-i18n';

type Props = {
  /** The day shown as picked, or '' for none. */
  value: string;
  today: string;
  onPick: (iso: string) => void;
  onClose: () => void;
};

const DAY_MS = 86_400_000;
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * A month of days in the user's language, weeks starting where their locale starts them. Arrow keys
 * move a day or a week, Page Up and Page Down a month, Enter picks, Escape closes.
 */
export function DatePicker({ value, today, onPick, onClose }: Props) {
  const { t, f } = useI18n();
  const [focus, setFocus] = useState(value || today);
  const grid = useRef<HTMLDivElement>(null);
  const focused = utc(focus);
  const year = focused.getUTCFullYear();
  const month = focused.getUTCMonth();
  const days = useMemo(() => monthGrid(year, month, f.firstDayOfWeek), [year, month, f.firstDayOfWeek]);
  const names = useMemo(() => {
    const weekday = new Intl.DateTimeFormat(f.locale, { weekday: 'short', timeZone: 'UTC' });
    const full = new Intl.DateTimeFormat(f.locale, { dateStyle: 'full', timeZone: 'UTC' });
    const title = new Intl.DateTimeFormat(f.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return { weekday, full, title };
  }, [f.locale]);

  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focus}"]`)?.focus();
  }, [focus]);

  const move = (days: number) => setFocus(isoDay(new Date(focused.getTime() + days * DAY_MS)));
  const moveMonths = (months: number) => {
    // The same day of the other month, or its last day when it is shorter (31 January → 28 February).
    const last = new Date(Date.UTC(year, month + months + 1, 0)).getUTCDate();
    setFocus(isoDay(new Date(Date.UTC(year, month + months, Math.min(focused.getUTCDate(), last)))));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const steps: Record<string, () => void> = {
      ArrowLeft: () => move(-1),
      ArrowRight: () => move(1),
      ArrowUp: () => move(-7),
      ArrowDown: () => move(7),
      PageUp: () => moveMonths(-1),
      PageDown: () => moveMonths(1),
      Escape: onClose,
    };
    const step = steps[e.key];
    if (!step) return;
    e.preventDefault();
    e.stopPropagation();
    step();
  };

  return (
    <div class="date-picker" role="dialog" aria-label={t('ui.dateField.open')} onKeyDown={onKeyDown}>
      <div class="date-picker-head">
        <button type="button" aria-label={t('ui.dateField.previousMonth')} onClick={() => moveMonths(-1)}>
          ‹
        </button>
        <strong aria-live="polite">{names.title.format(focused)}</strong>
        <button type="button" aria-label={t('ui.dateField.nextMonth')} onClick={() => moveMonths(1)}>
          ›
        </button>
      </div>
      <div class="date-picker-grid" role="grid" ref={grid}>
        {days.slice(0, 7).map((day) => (
          <span key={`h${day}`} class="date-picker-weekday" role="columnheader">
            {names.weekday.format(utc(day))}
          </span>
        ))}
        {days.map((day) => {
          const inMonth = utc(day).getUTCMonth() === month;
          return (
            <button
              key={day}
              type="button"
              role="gridcell"
              data-day={day}
              tabIndex={day === focus ? 0 : -1}
              class={['date-picker-day', inMonth ? '' : 'other-month', day === today ? 'today' : ''].join(' ').trim()}
              aria-selected={day === value}
              aria-label={names.full.format(utc(day))}
              onClick={() => onPick(day)}
            >
              {utc(day).getUTCDate()}
            </button>
          );
        })}
      </div>
      <div class="date-picker-foot">
        <button type="button" onClick={() => onPick(today)}>
          {t('ui.dateField.today')}
        </button>
      </div>
    </div>
  );
}
