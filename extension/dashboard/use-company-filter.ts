import { useMemo } from 'preact/hooks';
import { isFilterKey, type SortKey } from './company-list-query';
import { navigate, useHashRoute } from './use-hash-route';

export type CompanyFilterState = ReturnType<typeof useCompanyFilter>;

/** The list's filter and sort, kept in the hash (`#/companies?tagIds=…&sort=name`) so reload and shared links keep them. */
export function useCompanyFilter() {
  const route = useHashRoute();
  const query = route.page === 'companies' ? route.query : '';
  const params = useMemo(() => new URLSearchParams(query), [query]);

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(query);
    change(next);
    const text = next.toString();
    if (text !== query) navigate(text ? `#/companies?${text}` : '#/companies');
  };
  const set = (key: string, value: string | null) => update((next) => (value ? next.set(key, value) : next.delete(key)));

  return {
    /** The filter as API query parameters, without paging. */
    query,
    params,
    set,
    setIds: (key: string, ids: string[]) => set(key, ids.join(',') || null),
    /** Removes every narrowing filter; keeps the search text and the sort. */
    clear: () => update((next) => [...next.keys()].filter(isFilterKey).forEach((key) => next.delete(key))),
    activeCount: [...params.keys()].filter(isFilterKey).length,
    sort: (params.get('sort') ?? 'name') as SortKey,
    dir: params.get('dir') === 'desc' ? ('desc' as const) : ('asc' as const),
    /** The same column again flips the direction; a new column starts ascending. */
    sortBy: (key: SortKey) =>
      update((next) => {
        const same = (next.get('sort') ?? 'name') === key;
        next.set('sort', key);
        next.set('dir', same && next.get('dir') !== 'desc' ? 'desc' : 'asc');
      }),
  };
}
