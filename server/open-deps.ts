import { LoginRateLimit } from './auth/login-rate-limit';
import { openBlobStore } from './blobs/open-blob-store';
import { openCredit } from './credit/open-credit';
import { openDb } from './db/client';
import type { Deps } from './deps';
import { WriteLock } from './domain/write-lock';
import type { Env } from './env';
import { openRegisters } from './registers/open-registers';
import { VersionEvents } from './sync/version-events';

/** Opens the database (migrated) and builds what the routes share, for the server and tests. */
export async function openDeps(env: Env): Promise<Deps> {
  const { db, client } = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  const writeLock = new WriteLock();
  const registers = openRegisters(client, env);
  return {
    db,
    client,
    env,
    events: new VersionEvents(),
    loginLimit: new LoginRateLimit(),
    writeLock,
    blobs: openBlobStore(env),
    registers,
    credit: openCredit({ db, client, writeLock }, env, registers),
  };
}
