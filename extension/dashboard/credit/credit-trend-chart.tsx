import { useEffect, useRef } from 'preact/hooks';
import type { CreditRatingEntry } from '../../../shared/credit/credit-rating';

const CLASSES = ['E', 'D', 'C', 'B', 'A'];

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
  useEffect(() => {
    if (!box.current || history.length < 2) return;
    let chart: { destroy: () => void } | null = null;
    let cancelled = false;
    void Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([mod]) => {
      if (cancelled || !box.current) return;
      const uPlot = mod.default;
      const providers = [...new Set(history.map((h) => h.provider))];
      const times = [...new Set(history.map((h) => Math.round(h.fetchedAt / 1000)))].sort((a, b) => a - b);
      // Each provider's class at every time: the last rating up to then (ratings hold until they change).
      const series = providers.map((p) =>
        times.map((t) => {
          const last = history.filter((h) => h.provider === p && h.fetchedAt / 1000 <= t + 0.5).at(-1);
          return last ? classValue(last.ratingClass) : null;
        }),
      );
      chart = new uPlot(
        {
          width: box.current.clientWidth || 360,
          height: 160,
          scales: { y: { range: [0.5, 5.5] } },
          axes: [{}, { values: (_u, ticks) => ticks.map((v) => CLASSES[Math.round(v) - 1] ?? ''), incrs: [1] }],
          series: [
            {},
            ...providers.map((p, i) => ({
              label: p === 'creditsafe' ? 'Creditsafe' : 'Public signals',
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
  }, [history]);
  if (history.length < 2) return null;
  return <div class="credit-trend" ref={box} data-testid="credit-trend" aria-label="Credit rating over time" />;
}
