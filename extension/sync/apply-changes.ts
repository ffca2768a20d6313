import type { EntityName } from '../../shared/entities/registry';
import { MutationError } from '../../shared/mutations/mutation-error';
import { mutationDefinition } from '../../shared/mutations/registry';
import type { Change } from '../../shared/sync/protocol';
import { DexieStore } from '../db/dexie-store';
import { cacheRow } from '../db/cache-row';
import { tableOf, type FjordDb } from '../db/fjord-db';
import type { Actor } from './session';

/**
 * Writes the server's rows into the cache (call inside a 'rw' transaction over all tables), then
 * re-applies still-queued mutations to the records the server just overwrote, so a local edit
 * that has not reached the server yet stays visible until it has.
 */
export async function applyChanges(db: FjordDb, changes: Change[], actor: Actor) {
  const puts = new Map<EntityName, unknown[]>();
  const removes = new Map<EntityName, string[]>();
  const touched = new Set<string>();
  for (const change of changes) {
    if (change.type === 'put') {
      listIn(puts, change.entity).push(change.row);
      touched.add(`${change.entity}:${change.row.id}`);
    } else {
      listIn(removes, change.entity).push(change.id);
      touched.add(`${change.entity}:${change.id}`);
    }
  }
  for (const [entity, rows] of puts) await tableOf(db, entity).bulkPut(rows.map((r) => cacheRow(entity, r as never)));
  for (const [entity, ids] of removes) await tableOf(db, entity).bulkDelete(ids);
  if (touched.size > 0 && (await db.outbox.count()) > 0) await rebase(db, touched, actor);
}

function listIn<T>(map: Map<EntityName, T[]>, key: EntityName): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

async function rebase(db: FjordDb, touched: Set<string>, actor: Actor) {
  const pending = await db.outbox.toArray();
  const store = new DexieStore(db, actor.userId, actor.workspaceId, Date.now());
  for (const entry of pending) {
    if (!entry.refs.some((r) => touched.has(`${r.entity}:${r.id}`))) continue;
    const definition = mutationDefinition(entry.name);
    try {
      await definition.run(store, definition.args.parse(entry.args), {
        userId: actor.userId,
        workspaceId: actor.workspaceId,
        role: actor.role,
        now: Date.now(),
      });
    } catch (err) {
      // The server's state already reflects it (a create that arrived) or now forbids it; the
      // push will tell which, so the cache keeps the server's row.
      if (!(err instanceof MutationError)) throw err;
    }
  }
}
