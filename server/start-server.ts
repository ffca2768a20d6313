import { serve } from '@hono/node-server';
import { createApp } from './app';
import { LoginRateLimit } from './auth/login-rate-limit';
import { bootstrap } from './bootstrap';
import { openDb } from './db/client';
import { seedDemo } from './demo-seed';
import type { Deps } from './deps';
import { WriteLock } from './domain/write-lock';
import { parseEnv } from './env';
import { VersionEvents } from './sync/version-events';

/** Starts the API and dashboard; resolves once listening. */
export async function startServer(env = parseEnv()) {
  const { db, client } = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  const deps: Deps = { db, client, env, events: new VersionEvents(), loginLimit: new LoginRateLimit(), writeLock: new WriteLock() };
  const first = await bootstrap(db, env);
  if (first && env.SEED_DEMO) await seedDemo(deps, first.workspaceId, first.userId);
  const app = createApp(deps);
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : env.PORT;
  const url = env.PUBLIC_URL ?? `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}`;
  return {
    url,
    first,
    deps,
    client,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        client.close();
      }),
  };
}
