import { useEffect, useState } from 'preact/hooks';
import { savedSelectionsApi, type SavedSelection } from '../../../shared/api/saved-selections.api';
import type { ApiClient } from '../../api/api-client';
import { deleteSelection, selectionHash, SELECTIONS_CHANGED } from './saved-selections';
import { useOperation } from '../ui/use-api';

type SavedSelectionsNavProps = { api: ApiClient; userId: string | null; currentHash: string; onSignedOut: () => void };

/** The sidebar's saved selections, the user's own and the shared ones, each reopening its list. */
export function SavedSelectionsNav({ api, userId, currentHash, onSignedOut }: SavedSelectionsNavProps) {
  const { data, reload } = useOperation(api, savedSelectionsApi.list, {}, onSignedOut);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    addEventListener(SELECTIONS_CHANGED, reload);
    return () => removeEventListener(SELECTIONS_CHANGED, reload);
  }, [reload]);
  if (!data || data.items.length === 0) return null;
  const remove = (s: SavedSelection) => {
    if (!confirm(`Delete the saved selection "${s.name}"?`)) return;
    deleteSelection(api, s.id).catch((err: unknown) => setError(err instanceof Error ? err.message : String(err)));
  };
  return (
    <div class="saved-selections" data-testid="saved-selections">
      <span class="nav-heading">Saved selections</span>
      {data.items.map((s) => (
        <div class="saved-selection" key={s.id}>
          <a
            href={selectionHash(s)}
            class={currentHash === selectionHash(s) ? 'active' : ''}
            title={s.shared ? 'Shared with the workspace' : 'Only you'}
          >
            {s.name}
            <span class="muted small">
              {' '}
              {s.entity === 'company' ? 'companies' : 'contacts'}
              {s.shared ? ' · shared' : ''}
            </span>
          </a>
          {s.ownerId === userId && (
            <button type="button" class="link-button" aria-label={`Delete ${s.name}`} onClick={() => remove(s)}>
              ×
            </button>
          )}
        </div>
      ))}
      {error && <span class="error small">{error}</span>}
    </div>
  );
}
