import { useState } from 'preact/hooks';
import { authApi } from '../../../shared/api/auth.api';
import { trashApi } from '../../../shared/api/trash.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { useOperation } from '../ui/use-api';
import { DeletedBy } from './deleted-by';

type RecordInTrashProps = {
  api: ApiClient;
  entity: 'company' | 'contact';
  id: string;
  /** The card's own failure: shown as it is unless the record is in the trash. */
  error: string;
  status: number | null;
  onRestored: () => void;
  onSignedOut: () => void;
};

/**
 * A card that did not load: when its record is in the trash, says so, who deleted it and when, and
 * offers an admin Restore (a member is told to ask one). Anything else, another workspace's record
 * included, stays the plain failure, so a link never reveals what the caller may not see.
 */
export function RecordInTrash({ api, entity, id, error, status, onRestored, onSignedOut }: RecordInTrashProps) {
  const { t } = useI18n();
  const asked = status === 404 ? { params: { entity, id } } : null;
  const trashed = useOperation(api, trashApi.item, asked, onSignedOut);
  const me = useOperation(api, authApi.me, asked ? {} : null, onSignedOut);
  const [busy, setBusy] = useState(false);
  const [restoreError, setRestoreError] = useState<string | null>(null);
  if (asked && trashed.loading) return <p class="muted">{t('common.loading')}</p>;
  const item = trashed.data?.item;
  if (!item) return <p class="error">{error}</p>;
  const restore = async () => {
    setBusy(true);
    try {
      await api.call(trashApi.restore, { params: { entity, id } });
      onRestored();
    } catch (err) {
      setRestoreError((err as Error).message);
      setBusy(false);
    }
  };
  const isAdmin = me.data?.user.role === 'admin';
  return (
    <section class="record-in-trash" data-testid="record-in-trash">
      <a href={entity === 'company' ? '#/companies' : '#/contacts'} class="back">
        ← {t(entity === 'company' ? 'common.companies' : 'common.contacts')}
      </a>
      <h1>{t(entity === 'company' ? 'trash.gone.company' : 'trash.gone.contact')}</h1>
      <p>
        <strong>{item.title}</strong> · <DeletedBy item={item} sentence />
      </p>
      {isAdmin ? (
        <button type="button" disabled={busy} onClick={() => void restore()} data-testid="restore-record">
          {busy ? t('trash.restoring') : t('trash.restore')}
        </button>
      ) : (
        me.data && <p class="muted">{t('trash.gone.askAdmin')}</p>
      )}
      {restoreError && (
        <p class="error" role="alert">
          {restoreError}
        </p>
      )}
    </section>
  );
}
