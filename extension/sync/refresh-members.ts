import { membersApi } from '../../shared/api/members.api';
import { ApiClient } from '../api/api-client';
import type { FjordDb } from '../db/fjord-db';
import { getMeta, setMeta } from '../db/meta';
import type { Session } from './session';

/** A workspace user as the extension names them (owners on the sidebar card). */
export type CachedMember = { id: string; name: string };

const EVERY_MS = 10 * 60_000;

/**
 * Keeps the workspace's member names in the cache's metadata, so owners show offline too. Users
 * are not a synced entity (they change rarely and carry no CRM data), so this is refreshed at most
 * every ten minutes; a failure keeps the last list.
 */
export async function refreshMembers(db: FjordDb, session: Session, now = Date.now()) {
  const at = await getMeta<number>(db, 'membersAt');
  if (at !== undefined && now - at < EVERY_MS) return;
  try {
    const api = new ApiClient({ baseUrl: session.serverUrl, token: session.token });
    const { members } = await api.call(membersApi.list, {});
    await setMeta(db, 'members', members.map(({ id, name }) => ({ id, name })) satisfies CachedMember[]);
    await setMeta(db, 'membersAt', now);
  } catch {
    // Offline or signed out: the names already cached stay.
  }
}

export async function cachedMembers(db: FjordDb): Promise<CachedMember[]> {
  return (await getMeta<CachedMember[]>(db, 'members')) ?? [];
}
