import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import type { ListResource } from '../settings/list-resource';
import type { Selection } from './use-selection';

type SelectAllMatchingProps = {
  api: ApiClient;
  resource: ListResource;
  query: string;
  selection: Selection;
  pageSelected: boolean;
};

/** Beyond the visible page: asks the server for every id the filter matches. */
export function SelectAllMatching({ api, resource, query, selection, pageSelected }: SelectAllMatchingProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (selection.allMatching) {
    return (
      <p class="select-all" data-testid="select-all">
        All <strong>{selection.size.toLocaleString('en')}</strong> {resource.many} matching the filter are selected.
      </p>
    );
  }
  const selectAll = async () => {
    setBusy(true);
    setError(null);
    try {
      const { ids } = await api.request<{ ids: string[] }>('GET', `${resource.api}/ids?${query}`);
      selection.selectAllMatching(ids);
    } catch (err) {
      setError(`Could not select all: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <p class="select-all" data-testid="select-all">
      {pageSelected && `Every ${resource.one} on this page is selected. `}
      <button type="button" class="link" data-testid="select-all-matching" disabled={busy} onClick={() => void selectAll()}>
        {busy ? 'Selecting…' : `Select all ${resource.many} matching the filter`}
      </button>
      {error && <span class="error"> {error}</span>}
    </p>
  );
}
