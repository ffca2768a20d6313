import { z } from 'zod';
import { mutations } from '../../shared/mutations/registry';
import { operations, type Operation } from './api-operations';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

const ErrorSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        issues: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'array' }, message: { type: 'string' } } },
        },
      },
    },
  },
};

/** OpenAPI 3.1, generated from the zod schemas the routes validate with. */
export function openApiDocument(serverUrl?: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) (paths[op.path] ??= {})[op.method] = operationObject(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fjord CRM API',
      version: '1',
      description: 'REST and sync API of Fjord CRM. Every error has the shape of the Error schema; 4xx for client mistakes.',
    },
    ...(serverUrl && { servers: [{ url: serverUrl }] }),
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: ErrorSchema,
        // The args of every mutation a push may carry, by name.
        ...Object.fromEntries(Object.entries(mutations).map(([name, m]) => [`mutation.${name}`, toSchema(m.args)])),
      },
    },
  };
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

/** Raw bytes: OpenAPI 3.1 describes them by media type alone, with no schema. */
function rawContent(types: readonly string[]) {
  return Object.fromEntries(types.map((type) => [type, {}]));
}
