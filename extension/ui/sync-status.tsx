import type { I18n } from '../../shared/i18n/i18n';
import type { FjordDb } from '../db/fjord-db';
import { getMeta } from '../db/meta';
import { isSyncError } from '../sync/sync-error';
import { useI18n } from './i18n/use-i18n';
import { useLiveQuery } from './use-live-query';

type SyncStatusProps = { db: FjordDb; signedIn: boolean };

type Status = { pending: number; lastSyncedAt: number | null; error: { code: string; message: string } | null; rejected: number };

/** Always-visible sync state: pending changes, offline, last error, last synced. */
export function SyncStatus({ db, signedIn }: SyncStatusProps) {
  const i18n = useI18n();
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
      <span>{describe(state, status, i18n)}</span>
      {status.rejected > 0 && <span class="sync-rejected"> · {i18n.t('ui.sync.rejected', { count: status.rejected })}</span>}
    </div>
  );
}

function describe(state: string, s: Status, i18n: I18n): string {
  const { t } = i18n;
  const waiting = t('ui.sync.waiting', { count: s.pending });
  // The error's message is the server's (already in the user's language) or the browser's own.
  const message = s.error?.message ?? '';
  switch (state) {
    case 'signed-out':
      return t('ui.sync.signedOut');
    case 'offline':
      return t('ui.sync.offline', { waiting });
    case 'error':
      return s.pending ? t('ui.sync.failedWaiting', { message, waiting }) : t('ui.sync.failed', { message });
    case 'pending':
      return t('ui.sync.syncing', { waiting });
    default:
      return s.lastSyncedAt ? synced(s.lastSyncedAt, i18n) : t('ui.sync.synced');
  }
}

function synced(at: number, { t, f }: I18n): string {
  const seconds = Math.round((Date.now() - at) / 1000);
  if (seconds < 10) return t('ui.sync.syncedJustNow');
  if (seconds < 90) return t('ui.sync.syncedAgo', { ago: f.relative(at) });
  return t('ui.sync.syncedAt', { time: f.time(at) });
}
