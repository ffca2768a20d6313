import { openRegisters } from './registers/open-registers';
import { LoginRateLimit } from './auth/login-rate-limit';
import { openBlobStore } from './blobs/open-blob-store';
import { openDb } from './db/client';
import type { Deps } from './deps';
import { WriteLock } from './domain/write-lock';
import type { Env } from './env';
import { VersionEvents } from './sync/version-events';

/** Opens the database (migrated) and builds what the routes share, for the server and tests. */
export async function openDeps(env: Env): Promise<Deps> {
  const { db, client } = await openDb(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN);
  return {
    db,
    client,
    env,
    events: new VersionEvents(),
    loginLimit: new LoginRateLimit(),
    writeLock: new WriteLock(),
    blobs: openBlobStore(env),
    registers: openRegisters(client, env),
  };
}
