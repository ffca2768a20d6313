import { useMemo } from 'preact/hooks';
import type { RecordTypeName } from '../../../shared/records/record-types';
import { isFilterKey } from './list-filter-spec';
import { listNames } from './record-list-names';
import { navigate, useHashRoute } from '../use-hash-route';

export type ListFilterState = ReturnType<typeof useListFilter>;

/**
 * A list's filter and sort, kept in the hash (`#/companies?tagIds=…&sort=name`) so reload, shared
 * links and saved selections keep them. The keys are the API's own query parameters; `name` is the default sort.
 */
export function useListFilter(type: RecordTypeName) {
  const route = useHashRoute();
  const names = listNames(type);
  const query = route.page === names.page && 'query' in route ? route.query : '';
  const params = useMemo(() => new URLSearchParams(query), [query]);

  const update = (change: (next: URLSearchParams) => void) => {
    const next = new URLSearchParams(query);
    change(next);
    const text = next.toString();
    if (text !== query) navigate(text ? `${names.route}?${text}` : names.route);
  };
  const set = (key: string, value: string | null) => update((next) => (value ? next.set(key, value) : next.delete(key)));
  const filterKeys = [...params.keys()].filter((key) => isFilterKey(type, key));

  return {
    type,
    names,
    /** The filter as API query parameters, without paging. */
    query,
    params,
    set,
    setIds: (key: string, ids: string[]) => set(key, ids.join(',') || null),
    /** Removes every narrowing filter; keeps the search text and the sort. */
    clear: () => update((next) => [...next.keys()].filter((key) => isFilterKey(type, key)).forEach((key) => next.delete(key))),
    filterKeys,
    activeCount: filterKeys.length,
    sort: params.get('sort') ?? 'name',
    dir: params.get('dir') === 'desc' ? ('desc' as const) : ('asc' as const),
    /** The same column again flips the direction; a new column starts ascending. */
    sortBy: (key: string) =>
      update((next) => {
        const same = (next.get('sort') ?? 'name') === key;
        next.set('sort', key);
        next.set('dir', same && next.get('dir') !== 'desc' ? 'desc' : 'asc');
      }),
  };
}
