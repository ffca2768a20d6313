import type { ApiClient } from '../../api/api-client';
import type { ListQuery, ListRow, RecordListOps } from './record-list-ops';

/** The largest page the list operations serve. */
const EXPORT_PAGE = 500;

/**
 * Every record matching the filter (or only the selected ones among them), page by page in the
 * list's order. The total comes from `/count` first so progress reads "4,000 of 10,000".
 */
export async function fetchExportRows(
  api: ApiClient,
  ops: RecordListOps,
  query: ListQuery,
  only: ReadonlySet<string> | null,
  onProgress: (done: number, total: number) => void,
  signal: AbortSignal,
): Promise<ListRow[]> {
  const total = only ? only.size : (await api.call(ops.count, { query }, signal)).count;
  onProgress(0, total);
  const rows: ListRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await api.call(ops.list, { query: { ...query, limit: EXPORT_PAGE, cursor } }, signal);
    rows.push(...(only ? page.items.filter((row) => only.has(row.id)) : page.items));
    onProgress(Math.min(rows.length, total), total);
    cursor = page.nextCursor ?? undefined;
    // A selection is usually a few pages in: stop once every selected row is found.
  } while (cursor && !(only && rows.length >= only.size));
  return rows;
}
