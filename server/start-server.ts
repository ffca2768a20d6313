import { logFailure } from './http/error-summary';
import { serve } from '@hono/node-server';
import { createApp } from './app';
import { bootstrap } from './bootstrap';
import { seedDemo } from './demo-seed';
import { parseEnv } from './env';
import { purgeTrash } from './domain/purge-trash';
import { startCreditMonitor } from './credit/credit-monitor-job';
import { registerUpdateSources, startRegisterUpdates } from './registers/register-updates-job';
import { resumeMailings } from './mail/mailing-sender';
import { openDeps } from './open-deps';

/** Starts the API and dashboard; resolves once listening. */
export async function startServer(env = parseEnv()) {
  const deps = await openDeps(env);
  const { client } = deps;
  const first = await bootstrap(deps);
  if (first && env.SEED_DEMO) await seedDemo(deps, first.workspaceId, first.userId);
  const app = createApp(deps);
  // Purge the trash at start and daily; a failure is logged, never fatal.
  const purge = () => void purgeTrash(deps).catch((err: unknown) => logFailure('trash purge failed', err));
  purge();
  const purgeTimer = setInterval(purge, 86_400_000);
  purgeTimer.unref();
  // Mailings a stopped server left half-sent go on from their pending recipients.
  void resumeMailings(deps).catch((err: unknown) => logFailure('resuming mailings failed', err));
  // Logos still given as web addresses (saved before the server fetched them) are fetched now.
  void deps.logoImports.importExternalLogos().catch((err: unknown) => logFailure('importing logos failed', err));
  // Monitored companies are re-checked in the background; a pass cut short by a stop resumes at start.
  const stopCredit = startCreditMonitor(deps.credit, env.CREDIT_JOB_INTERVAL_MS);
  const stopUpdates = startRegisterUpdates(
    client,
    deps.registers,
    registerUpdateSources(env),
    env.REGISTER_UPDATES_MINUTES * 60_000,
  );
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
        clearInterval(purgeTimer);
        stopCredit();
        deps.logoImports.stop();
        stopUpdates();
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
        client.close();
      }),
  };
}
