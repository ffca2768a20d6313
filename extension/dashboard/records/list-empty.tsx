import type { ListFilterState } from './use-list-filter';

type ListEmptyProps = { filter: ListFilterState; hint: string };

/** An empty list says what to do next: widen the filter, or how records get in. */
export function ListEmpty({ filter, hint }: ListEmptyProps) {
  const { names } = filter;
  return (
    <p class="empty">
      {filter.activeCount > 0 || filter.params.has('q') ? (
        <>
          No {names.one} matches these filters.{' '}
          <a href={names.route} data-testid="reset-list">
            Show all {names.many}
          </a>{' '}
          or widen the search.
        </>
      ) : (
        hint
      )}
    </p>
  );
}
