import type { z } from 'zod';
import { recordListApis } from '../../shared/api/record-list-apis';
import type { recordListApi } from '../../shared/api/record-list.api';
import { filterFromQuery } from '../../shared/filters/filter-fields';
import type { BulkAction } from '../../shared/records/bulk-action';
import { recordTypes, type RecordTypeName } from '../../shared/records/record-types';
import { requireAuth } from '../auth/require-auth';
import type { DbOrTx } from '../db/client';
import type { Deps } from '../deps';
import { apiRouter, route } from '../http/api-router';
import { invalidInput } from '../http/validate';
import { applyBulk } from './apply-bulk';
import { checkBulkListValues } from './bulk-list-values';
import { withCounters } from './company-counters';
import { withWorkplaces } from './contact-workplaces';
import type { FilterOf } from './record-sql';
import { bulkMutation } from './record-bulk';
import { listRecords, recordCount, recordIds } from './record-list';

/** The operations of one record type, as the generic handlers see them (rows of any shape). */
type ListApi = ReturnType<typeof recordListApi<unknown, z.ZodObject, z.ZodType>>;

/** What a list adds to its rows beyond the stored record: a company's counters, a contact's workplace. */
const listRows: Partial<Record<RecordTypeName, (db: DbOrTx, workspaceId: string, rows: { id: string }[]) => Promise<unknown[]>>> =
  {
    company: withCounters,
    contact: withWorkplaces,
  };

/**
 * List, ids, count and bulk of every record type (shared/records/record-types.ts), one generic
 * implementation: `GET /api/<plural>`, `/ids`, `/count`, `POST /api/<plural>/bulk`. Custom-field
 * filters (`cf.<key>=<value>`) are read from the raw query string, as the contract's summary says.
 */
export function recordListRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  const router = apiRouter();
  for (const name of Object.keys(recordTypes) as RecordTypeName[]) {
    const type = recordTypes[name];
    const api = recordListApis[name] as unknown as ListApi;
    const filterOf = (query: Record<string, string>): FilterOf<RecordTypeName> => {
      const filter = filterFromQuery(type.filterSchema, query);
      if (!filter.success) throw invalidInput(filter.error, query);
      return filter.data as FilterOf<RecordTypeName>;
    };
    router
      .openapi(route(api.list, auth), async (c) => {
        const { limit, cursor } = c.req.valid('query') as { limit: number; cursor?: string };
        const { workspaceId } = c.get('auth');
        const page = await listRecords(deps.db, name, workspaceId, { ...filterOf(c.req.query()), limit, cursor });
        const decorate = listRows[name];
        const items = decorate ? await decorate(deps.db, workspaceId, page.items as { id: string }[]) : page.items;
        return c.json({ items, nextCursor: page.nextCursor }, 200);
      })
      .openapi(route(api.ids, auth), async (c) => {
        return c.json({ ids: await recordIds(deps.db, name, c.get('auth').workspaceId, filterOf(c.req.query())) }, 200);
      })
      .openapi(route(api.count, auth), async (c) => {
        return c.json({ count: await recordCount(deps.db, name, c.get('auth').workspaceId, filterOf(c.req.query())) }, 200);
      })
      .openapi(route(api.bulk, auth), async (c) => {
        const { ids, action } = c.req.valid('json') as { ids: string[]; action: BulkAction };
        await checkBulkListValues(deps.db, c.get('auth').workspaceId, action, type.categoryTarget);
        return c.json(await applyBulk(deps, c.get('auth'), ids, (id) => bulkMutation(name, action, id)), 200);
      });
  }
  return router;
}
