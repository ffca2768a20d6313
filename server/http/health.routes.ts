import { systemApi } from '../../shared/api/system.api';
import type { Deps } from '../deps';
import { apiRouter, route } from './api-router';

/** `GET /api/health`: the server answers and its database does too (for load balancers and uptime checks). */
export function healthRoutes(deps: Deps) {
  return apiRouter().openapi(route(systemApi.health), async (c) => {
    await deps.db.run('select 1');
    return c.json({ ok: true as const }, 200);
  });
}
