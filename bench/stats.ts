export async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function line(label: string, ms: number, floorMs?: number, budget?: number): string {
  const ratio = floorMs ? ms / floorMs : undefined;
  const verdict = ratio !== undefined && budget !== undefined ? (ratio <= budget ? `within ${budget}×` : `OVER ${budget}×`) : '';
  return [
    label.padEnd(52),
    `${ms.toFixed(1).padStart(9)} ms`,
    floorMs ? `floor ${floorMs.toFixed(1).padStart(8)} ms` : '',
    ratio ? `ratio ${ratio.toFixed(2)}` : '',
    verdict,
  ]
    .filter(Boolean)
    .join('  ');
}
