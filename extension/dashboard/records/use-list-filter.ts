import { useMemo } from 'preact/hooks';
import { isFilterKey, type ListFilterSpec } from './list-filter-spec';
import { navigate, useHashRoute } from '../use-hash-route';

/** The filtering half of a list's state, which the filter bar, menu and chips work with whatever the sort keys. */
export type ListFilterState = Omit<ReturnType<typeof useListFilter<string>>, 'sort' | 'sortBy'>;

/**
 * A list's filter and sort, kept in the hash (`#/companies?tagIds=…&sort=name`) so reload and
 * shared links keep them. `K` is the list's sort keys; `name` is the default.
 */
export function useListFilter<K extends string>(spec: ListFilterSpec) {
  const route = useHashRoute();
  const { route: base, many } = spec.resource;
  const query = route.page === many && 'query' in route ? route.query : '';
  const params = useMemo(() => new URLSearchParams(query), [query]);

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(query);
    change(next);
    const text = next.toString();
    if (text !== query) navigate(text ? `${base}?${text}` : base);
  };
  const set = (key: string, value: string | null) => update((next) => (value ? next.set(key, value) : next.delete(key)));
  const filterKeys = [...params.keys()].filter((key) => isFilterKey(spec, key));

  return {
    spec,
    /** The filter as API query parameters, without paging. */
    query,
    params,
    set,
    setIds: (key: string, ids: string[]) => set(key, ids.join(',') || null),
    /** Removes every narrowing filter; keeps the search text and the sort. */
    clear: () => update((next) => [...next.keys()].filter((key) => isFilterKey(spec, key)).forEach((key) => next.delete(key))),
    filterKeys,
    activeCount: filterKeys.length,
    sort: (params.get('sort') ?? 'name') as K,
    dir: params.get('dir') === 'desc' ? ('desc' as const) : ('asc' as const),
    /** The same column again flips the direction; a new column starts ascending. */
    sortBy: (key: K) =>
      update((next) => {
        const same = (next.get('sort') ?? 'name') === key;
        next.set('sort', key);
        next.set('dir', same && next.get('dir') !== 'desc' ? 'desc' : 'asc');
      }),
  };
}
