import { isErrorKey } from '../../shared/mutations/error-text';
import { MutationError } from '../../shared/mutations/mutation-error';
import { mutationDefinition } from '../../shared/mutations/registry';
import type { Command } from './command';
import type { Actor } from './session';
import { DexieStore } from '../db/dexie-store';
import { allTableNames, type FjordDb } from '../db/fjord-db';

/**
 * Applies commands to the local cache and queues them for the server, all in one Dexie
 * transaction: when this resolves the change is durable locally, and a failure leaves nothing.
 * Args are validated with the same schemas the server uses, so a queued mutation is well formed.
 */
export async function runCommands(db: FjordDb, actor: Actor, commands: Command[]): Promise<number[]> {
  const parsed = commands.map((c) => {
    const result = mutationDefinition(c.name).args.safeParse(c.args);
    if (!result.success) {
      const issue = result.error.issues[0];
      // Shared schemas name their problems by key: the screen that shows the error words it.
      const message = issue?.message ?? 'invalid';
      throw new MutationError('invalid', isErrorKey(message) ? { key: message } : message, issue?.path.join('.') || c.name);
    }
    return { name: c.name, args: result.data };
  });
  return db.transaction('rw', allTableNames(db), async () => {
    const now = Date.now();
    const store = new DexieStore(db, actor.userId, actor.workspaceId, now);
    const ids: number[] = [];
    for (const { name, args } of parsed) {
      const definition = mutationDefinition(name);
      await definition.run(store, args, { userId: actor.userId, workspaceId: actor.workspaceId, role: actor.role, now });
      const refs = definition.affects(args);
      // Parsed args are queued; they parse to the same values again on the server.
      ids.push(await db.outbox.add({ name, args, refs, createdAt: now }));
    }
    return ids;
  });
}
