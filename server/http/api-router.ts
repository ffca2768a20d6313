import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { Operation } from '../../shared/api/operation';
import type { AppEnv } from '../deps';
import { invalidInput } from './validate';

/** Every operation may answer with the error shape; documented once here. */
const errorAnswers = {
  '4XX': { description: 'Client error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
} as const;

/**
 * A router whose routes are declared from shared operations (shared/api/*.api.ts): the request is
 * validated with the operation's schemas (a 400 in the project's error shape naming every bad
 * field), and the operation joins /api/openapi.json. Routers use full paths and are mounted at `/`.
 */
export function apiRouter() {
  return new OpenAPIHono<AppEnv>({
    // zod-validator hands the hook the value it parsed, which zod's own messages need (`received string`).
    defaultHook: (result) => {
      if (!result.success) throw invalidInput(result.error, (result as { data?: unknown }).data);
    },
  });
}

/**
 * The route of `operation`, behind `middleware` (authentication first, so an outsider gets 401
 * before any validation tells them what the route expects).
 */
export function route<const O extends Operation>(operation: O, ...middleware: MiddlewareHandler<AppEnv>[]) {
  return createRoute({
    ...operation,
    middleware,
    responses: { ...operation.responses, ...errorAnswers },
  } as O & { middleware: MiddlewareHandler<AppEnv>[] });
}
