import type { PullResponse } from '../../shared/sync/protocol';
import { ApiError, type ApiClient } from '../api/api-client';
import { allTableNames, type FjordDb } from '../db/fjord-db';
import { clientIdOf, getMeta, setMeta } from '../db/meta';
import { applyChanges } from './apply-changes';
import type { Actor } from './session';

const PUSH_BATCH = 200;
const PULL_PAGE = 5000;

/** Sends queued mutations in order until the outbox is empty; results are settled per mutation. */
export async function pushOutbox(db: FjordDb, api: ApiClient, actor: Actor): Promise<number> {
  const clientId = await clientIdOf(db);
  let pushed = 0;
  for (;;) {
    const batch = await db.outbox.orderBy('mutationId').limit(PUSH_BATCH).toArray();
    if (batch.length === 0) return pushed;
    const mutations = batch.map((m) => ({ mutationId: m.mutationId!, name: m.name, args: m.args }));
    try {
      const response = await api.push({ clientId, mutations });
      await db.transaction('rw', allTableNames(db), async () => {
        const rejected = response.results.filter((r) => r.status === 'rejected');
        await db.rejections.bulkPut(
          rejected.map((r) => {
            const entry = batch.find((m) => m.mutationId === r.mutationId)!;
            return {
              mutationId: r.mutationId,
              name: entry.name,
              args: entry.args,
              reason: r.reason,
              message: r.message,
              at: Date.now(),
            };
          }),
        );
        await db.outbox.where('mutationId').belowOrEqual(response.lastMutationId).delete();
        await applyChanges(db, response.changes, actor);
      });
      pushed += batch.length;
    } catch (err) {
      if (err instanceof ApiError && err.status === 400 && err.issues.length > 0) {
        await setAside(db, batch, err);
        continue;
      }
      throw err;
    }
  }
}

/**
 * A 400 names the mutations this server cannot take (an extension newer than the server, or
 * args it rejects): move exactly those out of the outbox so the queue behind them keeps flowing.
 */
async function setAside(db: FjordDb, batch: { mutationId?: number; name: string; args: unknown }[], err: ApiError) {
  const bad = new Set(err.issues.filter((i) => i.path[0] === 'mutations').map((i) => Number(i.path[1])));
  if (bad.size === 0) throw err;
  const entries = [...bad].map((i) => batch[i]).filter((e) => e !== undefined);
  await db.transaction('rw', db.outbox, db.rejections, async () => {
    await db.rejections.bulkPut(
      entries.map((e) => ({
        mutationId: e.mutationId!,
        name: e.name,
        args: e.args,
        reason: err.code,
        message: err.message,
        at: Date.now(),
      })),
    );
    await db.outbox.bulkDelete(entries.map((e) => e.mutationId!));
  });
}

/**
 * Pulls every change since the stored cursor. The next page is fetched while the current one is
 * written, so a cold start costs little more than the IndexedDB writes themselves.
 */
export async function pullChanges(db: FjordDb, api: ApiClient, actor: Actor): Promise<number> {
  const cursor = (await getMeta<number>(db, 'cursor')) ?? 0;
  let received = 0;
  let next: Promise<PullResponse> | null = api.pull(cursor, PULL_PAGE);
  try {
    while (next) {
      const page: PullResponse = await next;
      next = page.more ? api.pull(page.cursor, PULL_PAGE) : null;
      await db.transaction('rw', allTableNames(db), async () => {
        await applyChanges(db, page.changes, actor);
        await setMeta(db, 'cursor', page.cursor);
      });
      received += page.changes.length;
    }
  } finally {
    next?.catch(() => undefined); // a prefetched page we no longer want must not go unhandled
  }
  return received;
}
