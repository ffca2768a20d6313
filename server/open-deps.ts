import { LogoImports } from './blobs/logo-imports';
import { openBlobStore } from './blobs/open-blob-store';
import { openCredit } from './credit/open-credit';
import { runMutation } from './domain/run-mutation';
import { openDb } from './db/client';
import type { Deps } from './deps';
import { WriteLock } from './domain/write-lock';
import type { Env } from './env';
import { openRegisters } from './registers/open-registers';
import { VersionEvents } from './sync/version-events';
import { EventStreams } from './sync/event-streams';

/** Opens the database (migrated) and builds what the routes share, for the server and tests. */
export async function openDeps(env: Env): Promise<Deps> {
  const { db, client } = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  const writeLock = new WriteLock();
  const registers = openRegisters(client, env);
  const deps: Deps = {
    db,
    client,
    env,
    events: new VersionEvents(),
    eventStreams: new EventStreams(env.EVENT_STREAMS_PER_USER),
    writeLock,
    blobs: openBlobStore(env),
    logoImports: new LogoImports(() => deps),
    registers,
    credit: openCredit({ db, client, writeLock }, env, registers, (target, registerStatus) =>
      runMutation(
        deps,
        { userId: target.userId, workspaceId: target.workspaceId, role: 'admin', channel: 'monitoring' },
        'company.update',
        { id: target.companyId, patch: { registerStatus } },
      ),
    ),
  };
  return deps;
}
