import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import { nameValues, type ListNames } from './record-list-names';
import type { ListQuery, RecordListOps } from './record-list-ops';
import type { Selection } from './use-selection';

type SelectAllMatchingProps = {
  api: ApiClient;
  ops: RecordListOps;
  names: ListNames;
  query: ListQuery;
  /** How many match the filter, once counted. */
  count: number | null;
  selection: Selection;
  pageSelected: boolean;
};

/** Beyond the visible page: asks the server for every id the filter matches. */
export function SelectAllMatching({ api, ops, names, query, count, selection, pageSelected }: SelectAllMatchingProps) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (selection.allMatching) {
    return (
      <p class="select-all" data-testid="select-all">
        {t('records.selectAll.selected', { count: selection.size, ...nameValues(t, names, selection.size) })}
      </p>
    );
  }
  const selectAll = async () => {
    setBusy(true);
    setError(null);
    try {
      const { ids } = await api.call(ops.ids, { query });
      selection.selectAllMatching(ids);
    } catch (err) {
      setError(currentI18n().t('records.selectAll.failed', { message: (err as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const words = nameValues(t, names, count ?? 2);
  const all = count === null ? t('records.selectAll.uncounted', words) : t('records.selectAll.count', { count, ...words });
  return (
    <p class="select-all" data-testid="select-all">
      {pageSelected && `${t('records.selectAll.page', words)} `}
      <button type="button" class="link" data-testid="select-all-matching" disabled={busy} onClick={() => void selectAll()}>
        {busy ? t('records.selectAll.selecting') : all}
      </button>
      {error && <span class="error"> {error}</span>}
    </p>
  );
}
