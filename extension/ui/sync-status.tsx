import type { FjordDb } from '../db/fjord-db';
import { getMeta } from '../db/meta';
import { isSyncError } from '../sync/sync-error';
import { useLiveQuery } from './use-live-query';

type SyncStatusProps = { db: FjordDb; signedIn: boolean };

type Status = { pending: number; lastSyncedAt: number | null; error: { code: string; message: string } | null; rejected: number };

/** Always-visible sync state: pending changes, offline, last error, last synced. */
export function SyncStatus({ db, signedIn }: SyncStatusProps) {
  const status = useLiveQuery<Status>(
    async () => {
      const lastError = await getMeta(db, 'lastError');
      return {
        pending: await db.outbox.count(),
        lastSyncedAt: (await getMeta<number>(db, 'lastSyncedAt')) ?? null,
        error: isSyncError(lastError) ? lastError : null,
        rejected: await db.rejections.count(),
      };
    },
    [db],
    { pending: 0, lastSyncedAt: null, error: null, rejected: 0 },
  );
  const state = !signedIn
    ? 'signed-out'
    : status.error?.code === 'offline'
      ? 'offline'
      : status.error
        ? 'error'
        : status.pending > 0
          ? 'pending'
          : 'synced';
  return (
    <div class={`sync-status sync-${state}`} data-testid="sync-status" data-state={state} data-pending={status.pending}>
      <span class="sync-dot" aria-hidden="true" />
      <span>{describe(state, status)}</span>
      {status.rejected > 0 && <span class="sync-rejected"> · {status.rejected} not saved by the server</span>}
    </div>
  );
}

function describe(state: string, s: Status): string {
  const pending = s.pending === 1 ? '1 change waiting' : `${s.pending} changes waiting`;
  switch (state) {
    case 'signed-out':
      return 'Not signed in: changes stay on this computer';
    case 'offline':
      return `Offline · ${pending} to sync`;
    case 'error':
      return `Sync failed: ${s.error?.message ?? ''}${s.pending ? ` · ${pending}` : ''}`;
    case 'pending':
      return `Syncing · ${pending}`;
    default:
      return s.lastSyncedAt ? `Synced ${timeAgo(s.lastSyncedAt)}` : 'Synced';
  }
}

function timeAgo(at: number): string {
  const seconds = Math.round((Date.now() - at) / 1000);
  if (seconds < 10) return 'just now';
  if (seconds < 90) return `${seconds} s ago`;
  return new Date(at).toLocaleTimeString();
}
