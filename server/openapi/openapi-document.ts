import type { OpenAPIHono } from '@hono/zod-openapi';
import { z } from 'zod';
import { mutations } from '../../shared/mutations/registry';
import type { AppEnv } from '../deps';

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

/**
 * OpenAPI 3.1, generated from the operations the routes are declared from (shared/api/*.api.ts),
 * so the document is made of the very schemas the handlers validate with.
 */
export function openApiDocument(app: OpenAPIHono<AppEnv>, serverUrl?: string) {
  const generated = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Fjord CRM API',
      version: '1',
      description: 'REST and sync API of Fjord CRM. Every error has the shape of the Error schema; 4xx for client mistakes.',
    },
    ...(serverUrl && { servers: [{ url: serverUrl }] }),
    security: [{ bearer: [] }],
  });
  return {
    ...generated,
    // The generator's types allow undefined members; the document is JSON, where they are absent.
    paths: generated.paths as Record<string, Record<string, unknown>>,
    components: {
      ...generated.components,
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        ...generated.components?.schemas,
        Error: ErrorSchema,
        // The args of every mutation a push may carry, by name.
        ...Object.fromEntries(Object.entries(mutations).map(([name, m]) => [`mutation.${name}`, toSchema(m.args)])),
      },
    },
  };
}
