import { useEffect, useRef } from 'preact/hooks';
import type { CreditRatingEntry } from '../../../shared/credit/credit-rating';
import { useI18n } from '../../ui/i18n/use-i18n';

const CLASSES = ['E', 'D', 'C', 'B', 'A'];
const DAY = 86_400;

/** A rating class on a 1 (E, very high risk) to 5 (A, very low risk) scale; unrated classes (X) are gaps. */
export function classValue(ratingClass: string): number | null {
  const i = CLASSES.indexOf(ratingClass.toUpperCase());
  return i < 0 ? null : i + 1;
}

/**
 * The company's rating over time, one step line per provider. uPlot draws it (loaded when a card
 * has a trend to show, not with the dashboard).
 */
export function CreditTrendChart({ history }: { history: CreditRatingEntry[] }) {
  const box = useRef<HTMLDivElement>(null);
  const { t, f } = useI18n();
  useEffect(() => {
    if (!box.current || history.length < 2) return;
    let chart: { destroy: () => void } | null = null;
    let cancelled = false;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([mod]) => {
      if (cancelled || !box.current) return;
      const uPlot = mod.default;
      // uPlot's own time labels are English and month-first: the user's formats, as fine as the ticks' step.
      const days = new Intl.DateTimeFormat(f.locale, { day: 'numeric', month: 'short' });
      const months = new Intl.DateTimeFormat(f.locale, { month: 'short', year: 'numeric' });
      const timeLabel = (seconds: number, step: number) =>
        step < DAY ? f.time(seconds * 1000) : (step < 28 * DAY ? days : months).format(seconds * 1000);
      const providers = [...new Set(history.map((h) => h.provider))];
      const times = [...new Set(history.map((h) => Math.round(h.fetchedAt / 1000)))].sort((a, b) => a - b);
      // Each provider's class at every time: the last rating up to then (ratings hold until they change).
      const series = providers.map((p) =>
        times.map((at) => {
          const last = history.filter((h) => h.provider === p && h.fetchedAt / 1000 <= at + 0.5).at(-1);
          return last ? classValue(last.ratingClass) : null;
        }),
      );
      chart = new uPlot(
        {
          width: box.current.clientWidth || 360,
          height: 160,
          scales: { y: { range: [0.5, 5.5] } },
          axes: [
            { values: (_u, ticks, _axis, _space, step) => ticks.map((v) => timeLabel(v, step)) },
            { values: (_u, ticks) => ticks.map((v) => CLASSES[Math.round(v) - 1] ?? ''), incrs: [1] },
          ],
          series: [
            { value: (_u, v) => (v === null ? '' : f.dateTime(v * 1000)) },
            ...providers.map((p, i) => ({
              label: p === 'creditsafe' ? 'Creditsafe' : t('credit.trend.publicSignals'),
              stroke: ['#0b6e99', '#b3261e'][i % 2],
              width: 2,
              paths: uPlot.paths.stepped!({ align: 1 }),
              points: { show: true },
            })),
          ],
        },
        [times, ...series],
        box.current,
      );
    });
    return () => {
      cancelled = true;
      chart?.destroy();
    };
  }, [history, t, f]);
  if (history.length < 2) return null;
  return <div class="credit-trend" ref={box} data-testid="credit-trend" aria-label={t('credit.trend.label')} />;
}
