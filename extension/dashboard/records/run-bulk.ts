import { BULK_CHUNK, type CompanyBulkAction } from '../../../shared/filters/bulk-action';
import type { ContactBulkAction } from '../../../shared/filters/contact-bulk-action';
import type { ApiClient } from '../../api/api-client';
import type { ListResource } from '../settings/list-resource';

export type BulkRejection = { id: string; reason: string; message: string };
export type BulkOutcome = { applied: number; rejected: BulkRejection[]; total: number; error: string | null };

/**
 * Sends the selection in chunks the server accepts, reporting after each one. A failed request
 * stops the run: what was applied stays applied, and the summary says where it stopped.
 */
export async function runBulk(
  api: ApiClient,
  resource: ListResource,
  ids: string[],
  action: CompanyBulkAction | ContactBulkAction,
  onProgress: (done: number) => void,
): Promise<BulkOutcome> {
  const outcome: BulkOutcome = { applied: 0, rejected: [], total: ids.length, error: null };
  for (let start = 0; start < ids.length; start += BULK_CHUNK) {
    const chunk = ids.slice(start, start + BULK_CHUNK);
    try {
      const result = await api.request<{ applied: number; rejected: BulkRejection[] }>('POST', `${resource.api}/bulk`, {
        ids: chunk,
        action,
      });
      outcome.applied += result.applied;
      outcome.rejected.push(...result.rejected);
    } catch (err) {
      outcome.error = `Stopped after ${start.toLocaleString('en')} of ${ids.length.toLocaleString('en')}: ${(err as Error).message}`;
      return outcome;
    }
    onProgress(start + chunk.length);
  }
  return outcome;
}
