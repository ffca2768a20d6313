import { z } from 'zod';
import { IdSchema } from '../entities/base';

/**
 * One HTTP operation of the API, described once: the server declares its route from it (with
 * @hono/zod-openapi, which validates with these very schemas and documents them in
 * /api/openapi.json), and the dashboard's typed client builds its requests and reads its answers
 * from it. The shape is @hono/zod-openapi's route config, written here without importing Hono.
 */
export type Operation = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** The full path, OpenAPI style: `/api/companies/{id}`. */
  path: string;
  summary: string;
  tags: string[];
  /** `[]` for a public operation (no bearer token). */
  security?: [];
  request?: {
    params?: z.ZodObject;
    query?: z.ZodObject;
    body?: { content: Record<string, { schema: z.ZodType }>; required: true; description?: string };
  };
  responses: Record<number, { description: string; content?: Record<string, { schema: z.ZodType }> }>;
};

/** Keeps the literal types of an operation, so the route and the client infer from its schemas. */
export const defineOperation = <const O extends Operation>(operation: O): O => operation;

/** A JSON request body; required, so a request without one fails validation instead of passing empty. */
export const jsonBody = <S extends z.ZodType>(schema: S) => ({
  content: { 'application/json': { schema } },
  required: true as const,
});

/** A JSON answer. */
export const jsonAnswer = <S extends z.ZodType>(schema: S, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});

/** Raw bytes of one of these media types (an upload or a download): OpenAPI describes them by type alone. */
export const rawContent = (types: readonly string[]) =>
  Object.fromEntries(types.map((type) => [type, { schema: z.any() }])) as Record<string, { schema: z.ZodAny }>;

export const OkSchema = z.object({ ok: z.literal(true) });

/** A page of a keyset-paged list. */
export const pageOf = <S extends z.ZodType>(item: S) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });

/** `{id}` in the path: a record id. */
export const IdParams = z.object({ id: IdSchema });
