import { recordListApis } from '../../../shared/api/record-list-apis';
import type { RecordTypeName } from '../../../shared/records/record-types';
import type { OperationInput, OperationOutput } from '../../api/operation-types';

/** The list, ids, count and bulk operations of a record type (shared/api/record-list.api.ts). */
export const listOps = (type: RecordTypeName) => recordListApis[type];
export type RecordListOps = ReturnType<typeof listOps>;

/** A row of any record type's list, as its list operation answers it. */
export type ListRow = OperationOutput<RecordListOps['list']>['items'][number];

/** A list's filter as the query of its operations. */
export type ListQuery = NonNullable<OperationInput<RecordListOps['ids']>['query']>;

/**
 * The list's filter, kept in the URL hash as the API's own query string (so saved selections and
 * shared links keep it), as the query object of an operation: the client writes it back to the same
 * text (shared/api/query-string.ts) and the server validates it, custom fields (`cf.<key>`) included.
 */
export function listQuery(query: string): ListQuery {
  return Object.fromEntries(new URLSearchParams(query)) as ListQuery;
}
