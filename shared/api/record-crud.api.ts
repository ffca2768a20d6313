import { z } from 'zod';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

/** What a resource of one record kind is made of: its path, words for summaries, and its three schemas. */
export type RecordCrudSchemas<C extends z.ZodType, P extends z.ZodType, S extends z.ZodType> = {
  path: string;
  tags: string[];
  /** "an agreement", "a task": mid-sentence in summaries. */
  one: string;
  many: string;
  /** How a create and a delete are described ("Record an agreement …", "Move a task to the trash"). */
  createSummary: string;
  removeSummary: string;
  create: C;
  patch: P;
  schema: S;
};

/**
 * Create, read, change and delete of one record kind at `path` and `path/{id}`, each answering
 * `{ item }` (`{ ok: true }` for a delete). The schemas are type parameters, so a caller gets the
 * exact body and answer types of its kind.
 */
export function recordCrudApi<C extends z.ZodType, P extends z.ZodType, S extends z.ZodType>(kind: RecordCrudSchemas<C, P, S>) {
  const { path, tags, one, many } = kind;
  const item = z.object({ item: kind.schema });
  return {
    get: defineOperation({
      method: 'get',
      path: `${path}/{id}`,
      summary: `One of the ${many}`,
      tags,
      request: { params: IdParams },
      responses: { 200: jsonAnswer(item) },
    }),
    create: defineOperation({
      method: 'post',
      path,
      summary: kind.createSummary,
      tags,
      request: { body: jsonBody(kind.create) },
      responses: { 201: jsonAnswer(item, 'Created') },
    }),
    update: defineOperation({
      method: 'patch',
      path: `${path}/{id}`,
      summary: `Change ${one}'s fields`,
      tags,
      request: { params: IdParams, body: jsonBody(kind.patch) },
      responses: { 200: jsonAnswer(item) },
    }),
    remove: defineOperation({
      method: 'delete',
      path: `${path}/{id}`,
      summary: kind.removeSummary,
      tags,
      request: { params: IdParams },
      responses: { 200: jsonAnswer(OkSchema) },
    }),
  };
}
