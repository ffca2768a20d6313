import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { saveSelection } from './saved-selections';

type SaveSelectionButtonProps = { api: ApiClient; entity: 'company' | 'contact'; query: string };

/** Saves the list's current filter under a name, for the user alone or for the whole workspace. */
export function SaveSelectionButton({ api, entity, query }: SaveSelectionButtonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (!open) {
    return (
      <span class="save-selection">
        <button type="button" class="secondary" data-testid="save-selection" onClick={() => (setOpen(true), setSaved(null))}>
          {t('records.selection.save')}
        </button>
        {saved && <span class="muted small"> {t('records.selection.savedAs', { name: saved })}</span>}
      </span>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const item = await saveSelection(api, { entity, name, query, shared });
      setSaved(item.name);
      setOpen(false);
      setName('');
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  };
  return (
    <form class="save-selection" data-testid="save-selection-form" onSubmit={(e) => void submit(e)}>
      <input
        name="selectionName"
        placeholder={t('records.selection.name')}
        value={name}
        onInput={(e) => setName(e.currentTarget.value)}
        required
      />
      <label>
        <input type="checkbox" name="selectionShared" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />{' '}
        {t('records.selection.share')}
      </label>
      <button type="submit">{t('common.save')}</button>
      <button type="button" class="secondary" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
      {error && <span class="error small">{error}</span>}
    </form>
  );
}
