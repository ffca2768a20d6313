import { z } from 'zod';
import type { RecordType } from '../records/record-type';
import { BulkResultSchema, bulkRequestSchema } from '../records/bulk-request';
import { defineOperation, jsonAnswer, jsonBody, pageOf } from './operation';

const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().max(2000).optional(),
});

/**
 * The list operations every record type has, from its declaration: a page of the list, every id
 * matching (the selection a bulk action walks), how many match, and one chunk of a bulk action.
 * `row` is what a list row carries (the record, plus what the list adds, such as counters).
 */
export function recordListApi<Row, F extends z.ZodObject, R extends z.ZodType>(type: RecordType<Row, F>, row: R) {
  const base = `/api/${type.plural}` as const;
  const tags = [type.plural];
  const filter = type.filterSchema.omit({ customFields: true });
  const custom = 'custom fields as cf.<key>=<value>; id lists comma separated';
  return {
    list: defineOperation({
      method: 'get',
      path: base,
      summary: `List, filter and search ${type.plural} (${custom})`,
      tags,
      request: { query: filter.extend(PageQuery.shape) },
      responses: { 200: jsonAnswer(pageOf(row)) },
    }),
    ids: defineOperation({
      method: 'get',
      path: `${base}/ids`,
      summary: `Ids of every ${type.entity} matching a filter, in the list's order (${custom})`,
      tags,
      request: { query: filter },
      responses: { 200: jsonAnswer(z.object({ ids: z.array(z.string()) })) },
    }),
    count: defineOperation({
      method: 'get',
      path: `${base}/count`,
      summary: `How many ${type.plural} match a filter (${custom})`,
      tags,
      request: { query: filter },
      responses: { 200: jsonAnswer(z.object({ count: z.number().int() })) },
    }),
    bulk: defineOperation({
      method: 'post',
      path: `${base}/bulk`,
      summary: `Apply a bulk action to up to 1,000 ${type.plural} (send a larger selection in chunks); unknown list values are a 400`,
      tags,
      request: { body: jsonBody(bulkRequestSchema(type.bulkActions)) },
      responses: { 200: jsonAnswer(BulkResultSchema) },
    }),
  };
}
