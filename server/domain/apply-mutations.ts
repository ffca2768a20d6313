import { and, eq } from 'drizzle-orm';
import { mutationDefinition, type MutationName } from '../../shared/mutations/registry';
import { MutationError } from '../../shared/mutations/mutation-error';
import type { RecordRef } from '../../shared/mutations/mutation';
import type { Change, PushResult } from '../../shared/sync/protocol';
import type { Db } from '../db/client';
import { withWriteTransaction } from '../db/write-transaction';
import { clientMutations } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { toChange } from '../sync/visibility';
import { BatchStore } from './batch-store';
import { flushBatch } from './flush-batch';

export type ParsedMutation = { mutationId: number; name: MutationName; args: unknown };

export type ApplyOutcome = { results: PushResult[]; changes: Change[]; lastMutationId: number; version: number | null };

/**
 * The one code path that writes CRM records, for sync pushes and REST alike: one transaction,
 * one version bump, each mutation all-or-nothing, duplicates of `(user, client, mutationId)` skipped.
 */
export async function applyMutations(
  deps: Deps,
  auth: AuthContext,
  clientId: string | null,
  mutations: ParsedMutation[],
): Promise<ApplyOutcome> {
  const outcome = await deps.writeLock.run(() =>
    withWriteTransaction(deps.client, async (tx) => {
      const now = Date.now();
      const store = new BatchStore(tx.db, auth.workspaceId, auth.userId, now);
      const last = clientId ? await lastMutationId(tx.db, auth.userId, clientId) : 0;
      const fresh = mutations.filter((m) => m.mutationId > last);
      await store.prefetch(fresh.flatMap((m) => mutationDefinition(m.name).affects(m.args as never)));

      const results: PushResult[] = [];
      const rejectedRefs: RecordRef[] = [];
      for (const m of mutations) {
        if (m.mutationId <= last) {
          results.push({ mutationId: m.mutationId, status: 'duplicate' });
          continue;
        }
        const definition = mutationDefinition(m.name);
        try {
          await definition.run(store, m.args, { userId: auth.userId, role: auth.role, now });
          store.keep();
          results.push({ mutationId: m.mutationId, status: 'applied' });
        } catch (err) {
          store.drop();
          if (!(err instanceof MutationError)) throw err;
          results.push({
            mutationId: m.mutationId,
            status: 'rejected',
            reason: err.reason,
            message: err.message,
            ...(err.field && { field: err.field }),
          });
          rejectedRefs.push(...definition.affects(m.args as never));
        }
      }
      const version = store.hasWrites ? await flushBatch(tx, store, auth, now) : null;
      const newLast = Math.max(last, ...mutations.map((m) => m.mutationId));
      if (clientId && newLast > last) await saveLastMutationId(tx.db, auth.userId, clientId, newLast, now);
      const changes = await canonicalState(store, rejectedRefs, auth);
      return { results, changes, lastMutationId: newLast, version };
    }),
  );
  if (outcome.version !== null) deps.events.publish(auth.workspaceId, outcome.version);
  return outcome;
}

async function canonicalState(store: BatchStore, refs: RecordRef[], auth: AuthContext): Promise<Change[]> {
  const changes: Change[] = [];
  for (const ref of refs) {
    const row = await store.get(ref.entity, ref.id);
    changes.push(row ? toChange(ref.entity, row, auth) : { type: 'remove', entity: ref.entity, id: ref.id });
  }
  return changes;
}

async function lastMutationId(tx: Db, userId: string, clientId: string): Promise<number> {
  const [row] = await tx
    .select({ last: clientMutations.lastMutationId })
    .from(clientMutations)
    .where(and(eq(clientMutations.userId, userId), eq(clientMutations.clientId, clientId)));
  return row?.last ?? 0;
}

async function saveLastMutationId(tx: Db, userId: string, clientId: string, last: number, now: number) {
  await tx
    .insert(clientMutations)
    .values({ userId, clientId, lastMutationId: last, updatedAt: now })
    .onConflictDoUpdate({
      target: [clientMutations.userId, clientMutations.clientId],
      set: { lastMutationId: last, updatedAt: now },
    });
}
