import { allTableNames, type FjordDb } from '../db/fjord-db';
import { getMeta, setMeta } from '../db/meta';
import type { Session } from './session';

/**
 * Makes the cache belong to the session's workspace. Signing in to another workspace (or server)
 * starts an empty cache; signing in again to the same one keeps the outbox, so nothing queued
 * offline is lost by a re-login.
 */
export async function adoptSession(db: FjordDb, session: Session) {
  const owner = `${session.serverUrl}|${session.workspaceId}`;
  await db.transaction('rw', allTableNames(db), async () => {
    if ((await getMeta<string>(db, 'owner')) === owner) return;
    await Promise.all(allTableNames(db).map((t) => t.clear()));
    await setMeta(db, 'owner', owner);
    await setMeta(db, 'workspaceId', session.workspaceId);
  });
}
