import { useI18n } from '../../ui/i18n/use-i18n';

type PagerProps = { page: number; nextCursor: string | null; onNext: (cursor: string) => void; onPrevious: () => void };

export function Pager({ page, nextCursor, onNext, onPrevious }: PagerProps) {
  const { t, f } = useI18n();
  return (
    <div class="pager">
      <button type="button" class="secondary" disabled={page === 1} onClick={onPrevious}>
        {t('dashboard.pager.previous')}
      </button>
      <span class="muted">{t('dashboard.pager.page', { page: f.integer(page) })}</span>
      <button type="button" class="secondary" disabled={!nextCursor} onClick={() => nextCursor && onNext(nextCursor)}>
        {t('dashboard.pager.next')}
      </button>
    </div>
  );
}
