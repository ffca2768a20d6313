import { BULK_CHUNK, type BulkAction } from '../../../shared/records/bulk-action';
import type { BulkResult } from '../../../shared/records/bulk-request';
import type { ApiClient } from '../../api/api-client';
import { currentI18n } from '../../ui/i18n/use-i18n';
import type { RecordListOps } from './record-list-ops';

export type BulkRejection = BulkResult['rejected'][number];
export type BulkOutcome = BulkResult & { total: number; error: string | null };

/**
 * Sends the selection in chunks the server accepts, reporting after each one. A failed request
 * stops the run: what was applied stays applied, and the summary says where it stopped.
 */
export async function runBulk(
  api: ApiClient,
  bulk: RecordListOps['bulk'],
  ids: string[],
  action: BulkAction,
  onProgress: (done: number) => void,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { applied: 0, rejected: [], total: ids.length, error: null };
  for (let start = 0; start < ids.length; start += BULK_CHUNK) {
    const chunk = ids.slice(start, start + BULK_CHUNK);
    try {
      const result = await api.call(bulk, { json: { ids: chunk, action } });
      outcome.applied += result.applied;
      outcome.rejected.push(...result.rejected);
    } catch (err) {
      const message = (err as Error).message;
      outcome.error = currentI18n().t('records.bulk.stopped', { done: start, total: ids.length, message });
      return outcome;
    }
    onProgress(start + chunk.length);
  }
  return outcome;
}
