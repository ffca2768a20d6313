import { useState } from 'preact/hooks';
import type { BulkAction } from '../../../shared/records/bulk-action';
import type { ListItem, ListKind } from '../../../shared/entities/list-item';
import type { ApiClient } from '../../api/api-client';
import { recordListApis } from '../../../shared/api/record-list-apis';
import { runBulk } from '../records/run-bulk';

/** The list kinds a company holds one value of, with the filter and bulk action that move companies between values. */
type MoveFilter = 'industryIds' | 'relationshipTypeIds' | 'statusTypeIds' | 'departmentIds';
const MOVABLE: Partial<Record<ListKind, { filter: MoveFilter; action: (to: string | null) => BulkAction }>> = {
  industry: { filter: 'industryIds', action: (to) => ({ type: 'setIndustry', industryId: to }) },
  relationshipType: { filter: 'relationshipTypeIds', action: (to) => ({ type: 'setRelationshipType', relationshipTypeId: to }) },
  statusType: { filter: 'statusTypeIds', action: (to) => ({ type: 'setStatus', statusTypeId: to }) },
  department: { filter: 'departmentIds', action: (to) => ({ type: 'setDepartment', departmentId: to }) },
};

type MoveCompaniesFormProps = { api: ApiClient; kind: ListKind; items: ListItem[] };

/** "Move all companies from industry A to B": every company holding A gets B, in chunks, with progress. */
export function MoveCompaniesForm({ api, kind, items }: MoveCompaniesFormProps) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const movable = MOVABLE[kind];
  if (!movable || items.length < 2) return null;

  const move = async (event: Event) => {
    event.preventDefault();
    if (!from || !to || from === to) return setStatus('Pick two different values.');
    setBusy(true);
    try {
      const { ids } = await api.call(recordListApis.company.ids, { query: { [movable.filter]: [from] } });
      if (ids.length === 0) return setStatus('No companies to move.');
      setStatus(`Moving 0 of ${ids.length.toLocaleString('en')}…`);
      const outcome = await runBulk(api, recordListApis.company.bulk, ids, movable.action(to), (done) =>
        setStatus(`Moving ${done.toLocaleString('en')} of ${ids.length.toLocaleString('en')}…`),
      );
      const rejected =
        outcome.rejected.length > 0 ? `, ${outcome.rejected.length} refused (${outcome.rejected[0]!.message})` : '';
      setStatus(outcome.error ?? `Moved ${outcome.applied.toLocaleString('en')} companies${rejected}.`);
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const options = (exclude: string) =>
    items
      .filter((i) => i.id !== exclude)
      .map((i) => (
        <option key={i.id} value={i.id}>
          {i.name}
        </option>
      ));
  return (
    <form class="move-companies" data-testid={`move-${kind}`} onSubmit={(e) => void move(e)}>
      <span class="muted small">Move all companies from</span>
      <select name="moveFrom" aria-label="Move companies from" value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
        <option value="">…</option>
        {options('')}
      </select>
      <span class="muted small">to</span>
      <select name="moveTo" aria-label="Move companies to" value={to} onChange={(e) => setTo(e.currentTarget.value)}>
        <option value="">…</option>
        {options(from)}
      </select>
      <button type="submit" class="secondary" disabled={busy || !from || !to}>
        Move
      </button>
      {status && (
        <span class="small" role="status">
          {status}
        </span>
      )}
    </form>
  );
}
