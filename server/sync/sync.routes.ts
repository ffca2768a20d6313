import { createMiddleware } from 'hono/factory';
import { streamSSE } from 'hono/streaming';
import { syncApi } from '../../shared/api/sync.api';
import { PROTOCOL_VERSION, type PushResponse } from '../../shared/sync/protocol';
import { bearerTokenHash, requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { applyMutations } from '../domain/apply-mutations';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { parsePush } from './parse-push';
import { pull } from './pull';
import { streamVersions } from './version-stream';
import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions, users, workspaces } from '../db/schema';

export function syncRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  // Sync clients are the extension's background.
  const fromExtension = createMiddleware<AppEnv>(async (c, next) => {
    c.set('auth', { ...c.get('auth'), channel: 'extension' });
    await next();
  });
  return apiRouter()
    .openapi(route(syncApi.push, auth, fromExtension), async (c) => {
      const { clientId, mutations } = parsePush(c.req.valid('json'));
      const outcome = await applyMutations(deps, c.get('auth'), clientId, mutations);
      const body: PushResponse = {
        protocolVersion: PROTOCOL_VERSION,
        lastMutationId: outcome.lastMutationId,
        results: outcome.results,
        changes: outcome.changes,
      };
      return c.json(body, 200);
    })
    .openapi(route(syncApi.pull, auth, fromExtension), async (c) => {
      const { protocolVersion, cursor, limit } = c.req.valid('query');
      if (protocolVersion !== PROTOCOL_VERSION) {
        throw new AppError(400, 'clientTooOld', { key: 'errors.sync.oldProtocol', values: { version: String(protocolVersion) } });
      }
      return c.json(await pull(deps.db, c.get('auth'), cursor, limit), 200);
    })
    .openapi(route(syncApi.events, auth, fromExtension), async (c) => {
      const { userId, workspaceId } = c.get('auth');
      // requireAuth has accepted this header, so it holds a bearer token.
      const tokenHash = bearerTokenHash(c.req.header('authorization'))!;
      const [ws] = await deps.db.select({ version: workspaces.version }).from(workspaces).where(eq(workspaces.id, workspaceId));
      return streamSSE(c, async (stream) => {
        const release = deps.eventStreams.add({ userId, tokenHash }, () => stream.abort());
        try {
          await streamVersions(stream, deps.events, workspaceId, ws?.version ?? 0, {
            heartbeatMs: deps.env.SYNC_HEARTBEAT_MS,
            sessionLive: () => sessionLive(deps.db, tokenHash),
          });
        } finally {
          release();
        }
      });
    });
}

/** The session behind a stream still stands: not signed out, not expired, its user active. */
async function sessionLive(db: Db, tokenHash: string): Promise<boolean> {
  const [row] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, Date.now()), eq(users.active, true)))
    .limit(1);
  return row !== undefined;
}
