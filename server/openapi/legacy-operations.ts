import { z } from 'zod';
import { operations, type Operation } from './api-operations';

// TODO(2026-12-04): routes not yet declared from shared/api operations are still described by
// hand in api-operations.ts; this file and that list go when the last route is converted (issue 14).

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

export function legacyPaths(): Record<string, Record<string, unknown>> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return paths;
}

function operationObject(op: Operation) {
  const pathParams = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({
    name: m[1],
    in: 'path',
    required: true,
    schema: { type: 'string' },
  }));
  const queryParams = op.query
    ? Object.entries((toSchema(op.query).properties ?? {}) as Record<string, JsonSchema>).map(([name, schema]) => ({
        name,
        in: 'query',
        schema,
      }))
    : [];
  return {
    summary: op.summary,
    tags: [op.tag],
    ...(op.public && { security: [] }),
    parameters: [...pathParams, ...queryParams],
    ...(op.body && { requestBody: { required: true, content: { 'application/json': { schema: toSchema(op.body) } } } }),
    ...(op.bodyMediaTypes && { requestBody: { required: true, content: rawContent(op.bodyMediaTypes) } }),
    responses: {
      '200': {
        description: 'OK',
        ...(op.response && { content: { 'application/json': { schema: toSchema(op.response) } } }),
        ...(op.responseMediaTypes && { content: rawContent(op.responseMediaTypes) }),
      },
      '4XX': { description: 'Client error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
    },
  };
}

function rawContent(types: readonly string[]) {
  return Object.fromEntries(types.map((type) => [type, {}]));
}
