import { trashApi, type TrashItem } from '../../../shared/api/trash.api';
import type { ApiClient } from '../../api/api-client';

export type RestoreOutcome = { restored: number; failed: { item: TrashItem; message: string }[] };

/**
 * Restores the chosen items one by one (each its own all-or-nothing restore), reporting progress;
 * one that cannot come back (merged away meanwhile, restored by someone else) is reported and the
 * rest go on.
 */
export async function restoreAll(
  api: ApiClient,
  items: TrashItem[],
  onProgress: (done: number) => void,
): Promise<RestoreOutcome> {
  const outcome: RestoreOutcome = { restored: 0, failed: [] };
  for (const [i, item] of items.entries()) {
    try {
      await api.call(trashApi.restore, { params: { entity: item.entity, id: item.id } });
      outcome.restored++;
    } catch (err) {
      outcome.failed.push({ item, message: (err as Error).message });
    }
    onProgress(i + 1);
  }
  return outcome;
}
