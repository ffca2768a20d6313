import { useEffect, useState } from 'preact/hooks';
import { savedSelectionsApi, type SavedSelection } from '../../../shared/api/saved-selections.api';
import { recordTypes } from '../../../shared/records/record-types';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { deleteSelection, selectionHash, SELECTIONS_CHANGED } from './saved-selections';
import { useOperation } from '../ui/use-api';

type SavedSelectionsNavProps = { api: ApiClient; userId: string | null; currentHash: string; onSignedOut: () => void };

/** The sidebar's saved selections, the user's own and the shared ones, each reopening its list. */
export function SavedSelectionsNav({ api, userId, currentHash, onSignedOut }: SavedSelectionsNavProps) {
  const { t } = useI18n();
  const { data, reload } = useOperation(api, savedSelectionsApi.list, {}, onSignedOut);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    addEventListener(SELECTIONS_CHANGED, reload);
    return () => removeEventListener(SELECTIONS_CHANGED, reload);
  }, [reload]);
  if (!data || data.items.length === 0) return null;
  const remove = (s: SavedSelection) => {
    if (!confirm(t('records.selection.confirmDelete', { name: s.name }))) return;
    deleteSelection(api, s.id).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <div class="saved-selections" data-testid="saved-selections">
      <span class="nav-heading">{t('records.selection.heading')}</span>
      {data.items.map((s) => (
        <div class="saved-selection" key={s.id}>
          <a
            href={selectionHash(s)}
            class={currentHash === selectionHash(s) ? 'active' : ''}
            title={t(s.shared ? 'records.selection.shared' : 'records.selection.onlyYou')}
          >
            {s.name}
            <span class="muted small">
              {' '}
              {t(recordTypes[s.entity].name, { count: 2 })}
              {s.shared && ` · ${t('records.selection.sharedTag')}`}
            </span>
          </a>
          {s.ownerId === userId && (
            <button
              type="button"
              class="link-button"
              aria-label={t('records.selection.delete', { name: s.name })}
              onClick={() => remove(s)}
            >
              ×
            </button>
          )}
        </div>
      ))}
      {error && <span class="error small">{error}</span>}
    </div>
  );
}
