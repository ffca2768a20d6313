import { useState } from 'preact/hooks';
import type { BulkAction } from '../../../shared/records/bulk-action';
import type { ListItem, ListKind } from '../../../shared/entities/list-item';
import type { ApiClient } from '../../api/api-client';
import { recordListApis } from '../../../shared/api/record-list-apis';
import { runBulk } from '../records/run-bulk';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';

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
  const { t } = useI18n();
  const movable = MOVABLE[kind];
  if (!movable || items.length < 2) return null;

  const move = async (event: Event) => {
    event.preventDefault();
    if (!from || !to || from === to) return setStatus(currentI18n().t('companies.move.pickTwo'));
    setBusy(true);
    try {
      const { ids } = await api.call(recordListApis.company.ids, { query: { [movable.filter]: [from] } });
      if (ids.length === 0) return setStatus(currentI18n().t('companies.move.none'));
      // Each text in the language of the moment it is shown: a long move may outlast a language change.
      const progress = (done: number) => {
        const { t, f } = currentI18n();
        setStatus(t('companies.move.progress', { done: f.integer(done), total: f.integer(ids.length) }));
      };
      progress(0);
      const outcome = await runBulk(api, recordListApis.company.bulk, ids, movable.action(to), progress);
      const [refusal] = outcome.rejected;
      const { t } = currentI18n();
      const moved = refusal
        ? t('companies.move.doneWithRefusals', {
            count: outcome.applied,
            refused: outcome.rejected.length,
            reason: refusal.message,
          })
        : t('companies.move.done', { count: outcome.applied });
      setStatus(outcome.error ?? moved);
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
      <span class="muted small">{t('companies.move.from')}</span>
      <select
        name="moveFrom"
        aria-label={t('companies.move.fromLabel')}
        value={from}
        onChange={(e) => setFrom(e.currentTarget.value)}
      >
        <option value="">…</option>
        {options('')}
      </select>
      <span class="muted small">{t('companies.move.to')}</span>
      <select name="moveTo" aria-label={t('companies.move.toLabel')} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
        <option value="">…</option>
        {options(from)}
      </select>
      <button type="submit" class="secondary" disabled={busy || !from || !to}>
        {t('companies.move.submit')}
      </button>
      {status && (
        <span class="small" role="status">
          {status}
        </span>
      )}
    </form>
  );
}
