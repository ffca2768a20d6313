import { and, eq, isNull } from 'drizzle-orm';
import { MutationError } from '../../shared/mutations/mutation-error';
import type { MutationName } from '../../shared/mutations/registry';
import type { Db } from '../db/client';
import { merges } from '../db/schema';
import type { AuthContext } from '../deps';

/**
 * What a mutation must also satisfy that only the server can check, because it reads tables no
 * client has a copy of. `applyMutations` runs these for pushes and REST alike, before the mutator.
 */
type ServerRule = (db: Db, args: { id: string }, auth: AuthContext) => Promise<void>;

/** A record merged into another (and not taken back) lives on in the survivor: it is not in the trash to restore. */
const notMergedAway =
  (entity: 'company' | 'contact'): ServerRule =>
  async (db, { id }, auth) => {
    const [merge] = await db
      .select({ survivorId: merges.survivorId })
      .from(merges)
      .where(and(eq(merges.workspaceId, auth.workspaceId), eq(merges.mergedId, id), isNull(merges.undoneAt)));
    if (merge) {
      throw new MutationError('conflict', { key: 'errors.merge.mergedAway', values: { entity, survivorId: merge.survivorId } });
    }
  };

export const serverRules: Partial<Record<MutationName, ServerRule>> = {
  'company.restore': notMergedAway('company'),
  'contact.restore': notMergedAway('contact'),
};
