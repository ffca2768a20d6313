import { useI18n } from '../../ui/i18n/use-i18n';

type ProgressBarProps = { label: string; done: number; total: number };

/** "Tagging 4,000 of 10,000" with a bar; a total of 0 means not yet known. */
export function ProgressBar({ label, done, total }: ProgressBarProps) {
  const { t, f } = useI18n();
  return (
    <div class="progress" data-testid="progress" role="status">
      <span>
        {label} {total > 0 ? t('dashboard.progress.count', { done: f.integer(done), total: f.integer(total) }) : '…'}
      </span>
      <progress max={total || undefined} value={total ? done : undefined} />
    </div>
  );
}
