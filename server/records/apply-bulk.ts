import { mutationDefinition, type MutationName } from '../../shared/mutations/registry';
import type { AuthContext, Deps } from '../deps';
import { applyMutations } from '../domain/apply-mutations';

export type BulkResult = { applied: number; rejected: { id: string; reason: string; message: string }[] };

/**
 * One chunk of a bulk action: one named mutation per record, all in one transaction, each
 * record all-or-nothing. Records that cannot change (gone, another workspace's) are reported
 * by id; the rest are changed, with history and sync like any other edit.
 */
export async function applyBulk(
  deps: Deps,
  auth: AuthContext,
  ids: string[],
  mutationFor: (id: string) => { name: MutationName; args: unknown },
): Promise<BulkResult> {
  const mutations = ids.map((id, i) => {
    const { name, args } = mutationFor(id);
    return { mutationId: i + 1, name, args: mutationDefinition(name).args.parse(args) };
  });
  const { results } = await applyMutations(deps, auth, null, mutations);
  const rejected = results.flatMap((r, i) =>
    r.status === 'rejected' ? [{ id: ids[i]!, reason: r.reason, message: r.message }] : [],
  );
  return { applied: results.length - rejected.length, rejected };
}
