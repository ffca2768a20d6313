import type { ApiClient } from '../../api/api-client';
import type { ListResource } from '../settings/list-resource';

/** The largest page the list endpoints serve. */
const EXPORT_PAGE = 500;

/**
 * Every record matching the filter (or only the selected ones among them), page by page in the
 * list's order. The total comes from `/ids` first so progress reads "4,000 of 10,000".
 */
export async function fetchExportRows<T extends { id: string }>(
  api: ApiClient,
  resource: ListResource,
  query: string,
  only: ReadonlySet<string> | null,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<T[]> {
  const total = only
    ? only.size
    : (await api.request<{ ids: string[] }>('GET', `${resource.api}/ids?${query}`, undefined, signal)).ids.length;
  onProgress(0, total);
  const rows: T[] = [];
  let cursor: string | null = null;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', String(EXPORT_PAGE));
    if (cursor) params.set('cursor', cursor);
    const page: { items: T[]; nextCursor: string | null } = await api.request(
      'GET',
      `${resource.api}?${params}`,
      undefined,
      signal,
    );
    rows.push(...(only ? page.items.filter((c) => only.has(c.id)) : page.items));
    onProgress(Math.min(rows.length, total), total);
    cursor = page.nextCursor;
    // A selection is usually a few pages in: stop once every selected row is found.
  } while (cursor && !(only && rows.length >= only.size));
  return rows;
}
