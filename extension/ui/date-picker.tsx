import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
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
/** "man", "tir": the abbreviation without its full stop, so seven fit across a small calendar. */
const weekdayName = (format: Intl.DateTimeFormat, iso: string) => format.format(utc(iso)).replace(/\.$/, '');

/**
 * A month of days in the user's language, weeks starting where their locale starts them. Arrow keys
 * move a day or a week, Page Up and Page Down a month, Enter picks, Escape closes.
 */
export function DatePicker({ value, today, onPick, onClose }: Props) {
  const { t, f } = useI18n();
  const [focus, setFocus] = useState(value || today);
  const grid = useRef<HTMLDivElement>(null);
  const box = useRef<HTMLDivElement>(null);
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

  // A field near the window's right edge (the second of two on a phone) opens its calendar leftwards.
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const overflow = el.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) el.style.left = `${-overflow}px`;
  }, []);

  useEffect(() => {
    grid.current?.querySelector<HTMLButtonElement>(`[data-day="${focus}"]`)?.focus();
  }, [focus]);

  // Keys can come faster than renders: each step starts from the last one, not from the last render.
  const latest = useRef(focus);
  const go = (iso: string) => {
    latest.current = iso;
    setFocus(iso);
  };
  const move = (days: number) => go(isoDay(new Date(utc(latest.current).getTime() + days * DAY_MS)));
  const moveMonths = (months: number) => {
    const from = utc(latest.current);
    const [y, m] = [from.getUTCFullYear(), from.getUTCMonth()];
    // The same day of the other month, or its last day when it is shorter (31 January → 28 February).
    const last = new Date(Date.UTC(y, m + months + 1, 0)).getUTCDate();
    go(isoDay(new Date(Date.UTC(y, m + months, Math.min(from.getUTCDate(), last)))));
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const steps: Record<string, () => void> = {
      ArrowLeft: () => move(-1),
      ArrowRight: () => move(1),
      ArrowUp: () => move(-7),
      ArrowDown: () => move(7),
      PageUp: () => moveMonths(-1),
      PageDown: () => moveMonths(1),
      Enter: () => onPick(latest.current),
      ' ': () => onPick(latest.current),
      Escape: onClose,
    };
    const step = steps[e.key];
    // Enter on the month arrows or on Today is that button's own.
    const onDay = (e.target as HTMLElement).dataset.day !== undefined;
    if (!step || ((e.key === 'Enter' || e.key === ' ') && !onDay)) return;
    e.preventDefault();
    e.stopPropagation();
    step();
  };

  return (
    <div class="date-picker" ref={box} role="dialog" aria-label={t('ui.dateField.open')} onKeyDown={onKeyDown}>
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
            {weekdayName(names.weekday, day)}
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
