import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import type { ListNames } from './record-list-names';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (selection.allMatching) {
    return (
      <p class="select-all" data-testid="select-all">
        All <strong>{selection.size.toLocaleString('en')}</strong> {names.many} matching the filter are selected.
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
      setError(`Could not select all: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  const all = count === null ? names.many : `${count.toLocaleString('en')} ${count === 1 ? names.one : names.many}`;
  return (
    <p class="select-all" data-testid="select-all">
      {pageSelected && `Every ${names.one} on this page is selected. `}
      <button type="button" class="link" data-testid="select-all-matching" disabled={busy} onClick={() => void selectAll()}>
        {busy ? 'Selecting…' : `Select all ${all} matching the filter`}
      </button>
      {error && <span class="error"> {error}</span>}
    </p>
  );
}
