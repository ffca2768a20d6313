import { and, eq } from 'drizzle-orm';
import { mutationDefinition, type MutationName } from '../../shared/mutations/registry';
import { MutationError } from '../../shared/mutations/mutation-error';
import type { RecordRef } from '../../shared/mutations/mutation';
import type { Change, PushResult } from '../../shared/sync/protocol';
import type { Db } from '../db/client';
import { clientMutations } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { requireVisible, toChange, viewerOf } from './visibility';
import { entityDbTables } from '../db/entity-db-tables';
import { runInBatch } from './run-in-batch';
import { serverRules } from './server-rules';
import { queueLogoImports } from '../blobs/logo-imports';
import { i18nFor } from '../i18n/server-i18n';
import { mutationMessage } from '../i18n/wording';

export type ParsedMutation = { mutationId: number; name: MutationName; args: unknown };

export type ApplyOutcome = {
  /** Each mutation's result; a refusal's message in the caller's language. */
  results: PushResult[];
  /** The refusals themselves, in order, for a REST caller to answer with. */
  rejections: MutationError[];
  changes: Change[];
  lastMutationId: number;
  version: number | null;
};

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
  const i18n = i18nFor(auth.language);
  const { result, version } = await runInBatch(deps, auth, async (store, tx, now) => {
    const last = clientId ? await lastMutationId(tx.db, auth.userId, clientId) : 0;
    const fresh = mutations.filter((m) => m.mutationId > last);
    await store.prefetch(fresh.flatMap((m) => mutationDefinition(m.name).affects(m.args as never)));

    const results: PushResult[] = [];
    const rejections: MutationError[] = [];
    const rejectedRefs: RecordRef[] = [];
    for (const m of mutations) {
      if (m.mutationId <= last) {
        results.push({ mutationId: m.mutationId, status: 'duplicate' });
        continue;
      }
      const definition = mutationDefinition(m.name);
      try {
        // Only a client's push carries a clientId; the server's own callers (REST, bulk, seeds) pass null.
        if (definition.serverOnly && clientId !== null)
          throw new MutationError('forbidden', { key: 'errors.sync.serverOnly', values: { name: m.name } });
        await requireVisible(store, definition.affects(m.args as never), viewerOf(auth));
        await serverRules[m.name]?.(tx.db, m.args as { id: string }, auth);
        await definition.run(store, m.args, { userId: auth.userId, workspaceId: auth.workspaceId, role: auth.role, now });
        store.keep();
        results.push({ mutationId: m.mutationId, status: 'applied' });
      } catch (err) {
        store.drop();
        if (!(err instanceof MutationError)) throw err;
        results.push({
          mutationId: m.mutationId,
          status: 'rejected',
          reason: err.reason,
          message: mutationMessage(i18n, err),
          ...(err.field && { field: err.field }),
        });
        rejections.push(err);
        rejectedRefs.push(...definition.affects(m.args as never));
      }
    }
    const newLast = Math.max(last, ...mutations.map((m) => m.mutationId));
    if (clientId && newLast > last) await saveLastMutationId(tx.db, auth.userId, clientId, newLast, now);
    return { results, rejections, rejectedRefs, newLast };
  });
  queueLogoImports(deps, auth, mutations, result.results);
  // Read after the flush, so the rows carry the version they were written with.
  const changes = await canonicalStateAfter(deps, auth, result.rejectedRefs);
  return { results: result.results, rejections: result.rejections, changes, lastMutationId: result.newLast, version };
}

/** What the server holds now for records whose mutations were refused, so the client can drop its guess. */
async function canonicalStateAfter(deps: Deps, auth: AuthContext, refs: RecordRef[]): Promise<Change[]> {
  const changes: Change[] = [];
  const viewer = viewerOf(auth);
  for (const ref of refs) {
    const table = entityDbTables[ref.entity];
    const [row] = await deps.db
      .select()
      .from(table)
      .where(and(eq(table.id, ref.id), eq(table.workspaceId, auth.workspaceId)));
    changes.push(row ? toChange(ref.entity, row as never, viewer) : { type: 'remove', entity: ref.entity, id: ref.id });
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
