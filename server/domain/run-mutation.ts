import { mutationDefinition, type MutationArgs, type MutationName } from '../../shared/mutations/registry';
import type { AuthContext, Deps } from '../deps';
import { invalidInput } from '../http/validate';
import { applyMutations } from './apply-mutations';

/** One mutation from a REST handler: same validation and write path as a sync push. */
export async function runMutation<N extends MutationName>(deps: Deps, auth: AuthContext, name: N, args: MutationArgs<N>) {
  const parsed = mutationDefinition(name).args.safeParse(args);
  if (!parsed.success) throw invalidInput(parsed.error, args);
  const { rejections } = await applyMutations(deps, auth, null, [{ mutationId: 1, name, args: parsed.data }]);
  if (rejections[0]) throw rejections[0];
}
