type ProgressBarProps = { label: string; done: number; total: number };

/** "Tagging 4,000 of 10,000" with a bar; a total of 0 means not yet known. */
export function ProgressBar({ label, done, total }: ProgressBarProps) {
  return (
    <div class="progress" data-testid="progress" role="status">
      <span>
        {label} {total > 0 ? `${done.toLocaleString('en')} of ${total.toLocaleString('en')}` : '…'}
      </span>
      <progress max={total || undefined} value={total ? done : undefined} />
    </div>
  );
}
