type PagerProps = { page: number; nextCursor: string | null; onNext: (cursor: string) => void; onPrevious: () => void };

export function Pager({ page, nextCursor, onNext, onPrevious }: PagerProps) {
  return (
    <div class="pager">
      <button type="button" class="secondary" disabled={page === 1} onClick={onPrevious}>
        ← Previous
      </button>
      <span class="muted">Page {page}</span>
      <button type="button" class="secondary" disabled={!nextCursor} onClick={() => nextCursor && onNext(nextCursor)}>
        Next →
      </button>
    </div>
  );
}
