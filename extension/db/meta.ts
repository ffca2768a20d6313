import { newId } from '../../shared/ids';
import type { FjordDb, MetaKey } from './fjord-db';

export async function getMeta<T>(db: FjordDb, key: MetaKey): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

export async function setMeta(db: FjordDb, key: MetaKey, value: unknown) {
  await db.meta.put({ key, value });
}

/** This cache's client id, minted on first use and kept with the outbox it numbers. */
export async function clientIdOf(db: FjordDb): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const existing = await getMeta<string>(db, 'clientId');
    if (existing) return existing;
    const id = newId();
    await setMeta(db, 'clientId', id);
    return id;
  });
}
