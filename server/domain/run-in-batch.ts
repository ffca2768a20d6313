import { withWriteTransaction, type WriteTx } from '../db/write-transaction';
import type { AuthContext, Deps } from '../deps';
import { BatchStore } from './batch-store';
import { flushBatch } from './flush-batch';

/**
 * Runs `work` over a BatchStore in one write transaction: every record it writes gets the same new
 * workspace version, an audit entry and a sync change, and nothing is written if it throws.
 * Mutations from pushes and REST, and server-side operations such as merges, all write this way.
 */
export async function runInBatch<T>(
  deps: Deps,
  auth: AuthContext,
  work: (store: BatchStore, tx: WriteTx, now: number) => Promise<T>,
): Promise<{ result: T; version: number | null }> {
  const outcome = await deps.writeLock.run(() =>
    withWriteTransaction(deps.client, async (tx) => {
      const now = Date.now();
      const store = new BatchStore(tx.db, auth.workspaceId, auth.userId, now);
      const result = await work(store, tx, now);
      const version = store.hasWrites ? await flushBatch(tx, store, auth, now) : null;
      return { result, version };
    }),
  );
  if (outcome.version !== null) deps.events.publish(auth.workspaceId, outcome.version);
  return outcome;
}
