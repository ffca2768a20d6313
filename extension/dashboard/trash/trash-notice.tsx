import { signal } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { trashApi } from '../../../shared/api/trash.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { navigate } from '../use-hash-route';

type Trashed = { entity: 'company' | 'contact'; id: string; name: string; plural: string };

/** The record just deleted from its card: the list it lands on says so (this outlives the card's unmount). */
const lastTrashed = signal<Trashed | null>(null);

export function announceTrashed(trashed: Trashed) {
  lastTrashed.value = trashed;
}

/** `page`: the route's page; the notice shows on the list it was sent to, and goes once the user leaves that list. */
type TrashNoticeProps = { api: ApiClient; isAdmin: boolean; page: string };

/** "“Kaikanten AS” was moved to the trash. Undo": Undo (admins, who may restore) brings the card back. */
export function TrashNotice({ api, isAdmin, page }: TrashNoticeProps) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const trashed = lastTrashed.value;
  const shown = useRef<Trashed | null>(null);
  useEffect(() => {
    if (trashed && page === trashed.plural) shown.current = trashed;
    else if (trashed && shown.current === trashed) lastTrashed.value = null;
  }, [page, trashed]);
  if (!trashed || page !== trashed.plural) return null;
  const undo = async () => {
    setBusy(true);
    try {
      await api.call(trashApi.restore, { params: { entity: trashed.entity, id: trashed.id } });
      lastTrashed.value = null;
      navigate(`#/${trashed.plural}/${trashed.id}`);
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="trash-notice" role="status" data-testid="trash-notice">
      <span>{t('trash.moved', { name: trashed.name })}</span>
      {isAdmin && (
        <button type="button" class="link" disabled={busy} onClick={() => void undo()} data-testid="trash-undo">
          {t('trash.undo')}
        </button>
      )}
      {error && <span class="error">{error}</span>}
      <span class="spacer" />
      <button
        type="button"
        class="secondary small-button"
        onClick={() => {
          lastTrashed.value = null;
          setError(null);
        }}
      >
        {t('trash.dismiss')}
      </button>
    </div>
  );
}
