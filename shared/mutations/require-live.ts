import type { EntityName, EntityRow } from '../entities/registry';
import { entityText, recordNotFound } from './error-text';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';

/** The row, or a notFound rejection when it does not exist (here) or is deleted. */
export async function requireLive<E extends EntityName>(store: MutationStore, entity: E, id: string): Promise<EntityRow<E>> {
  const row = await store.get(entity, id);
  if (!row || row.deletedAt !== null) throw new MutationError('notFound', recordNotFound(entity, id));
  return row;
}

export async function requireAbsent(store: MutationStore, entity: EntityName, id: string) {
  if (await store.get(entity, id))
    throw new MutationError('conflict', { key: 'errors.record.exists', values: { entity: entityText(entity), id } });
}
