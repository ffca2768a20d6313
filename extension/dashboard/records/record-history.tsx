import { useState } from 'preact/hooks';
import { duplicatesApi } from '../../../shared/api/duplicates.api';
import { recordsApi } from '../../../shared/api/records.api';
import type { RecordTypeName } from '../../../shared/records/record-types';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { fieldName } from './history-text';
import { groupHistory } from './history-groups';
import { HistoryEntry } from './history-entry';
import { useOperation } from '../ui/use-api';
import { DateField } from '../../ui/date-field';

type RecordHistoryProps = {
  api: ApiClient;
  /** The record type: where its history lives and how its lines name its fields. */
  entity: RecordTypeName;
  id: string;
  onSignedOut: () => void;
  onUndone: () => void;
};

const dayStart = (date: string) => (date ? new Date(`${date}T00:00:00`).getTime() : undefined);
const dayEnd = (date: string) => (date ? new Date(`${date}T23:59:59.999`).getTime() : undefined);

/**
 * Every change to the record (and to records merged into it), one entry per write: who, when, through
 * what, and each field's change in words, narrowed by a date range. A merge can be undone from here.
 */
export function RecordHistory({ api, entity, id, onSignedOut, onUndone }: RecordHistoryProps) {
  const { t, f } = useI18n();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [undoing, setUndoing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const history = useOperation(
    api,
    recordsApi.history,
    { params: { entity, id }, query: { from: dayStart(from), to: dayEnd(to) } },
    onSignedOut,
  );
  const merges = useOperation(api, duplicatesApi.merges, { query: { entity, survivorId: id } }, onSignedOut);

  const undo = async (mergeId: string) => {
    setUndoing(mergeId);
    setMessage(null);
    try {
      const result = await api.call(duplicatesApi.undo, { params: { id: mergeId } });
      setMessage(
        result.keptFields.length > 0
          ? t('records.history.undoneKept', { fields: result.keptFields.map((field) => fieldName(field, entity)).join(', ') })
          : t('records.history.undone'),
      );
      history.reload();
      merges.reload();
      onUndone();
    } catch (err) {
      setMessage(err instanceof Error ? err.message : String(err));
    } finally {
      setUndoing(null);
    }
  };

  const openMerges = merges.data?.items.filter((m) => m.undoneAt === null) ?? [];
  return (
    <section class="card span-all" data-testid="record-history">
      <h2>{t('records.history.title')}</h2>
      <div class="history-range">
        <label>
          {t('records.history.from')} <DateField name="historyFrom" value={from} onChange={setFrom} />
        </label>
        <label>
          {t('records.history.to')} <DateField name="historyTo" value={to} onChange={setTo} />
        </label>
      </div>
      {message && (
        <p class="notice" role="status">
          {message}
        </p>
      )}
      {openMerges.length > 0 && (
        <ul class="merges" data-testid="merges">
          {openMerges.map((m) => (
            <li key={m.id}>
              {t('records.history.mergedHere', {
                when: f.dateTime(m.at),
                name: m.user.name ?? t('records.history.someone'),
              })}{' '}
              <button type="button" class="secondary small-button" disabled={undoing !== null} onClick={() => void undo(m.id)}>
                {undoing === m.id ? t('records.history.undoing') : t('records.history.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {history.error && <p class="error">{history.error}</p>}
      {history.data && history.data.entries.length === 0 && <p class="muted small">{t('records.history.empty')}</p>}
      {history.data && history.data.entries.length > 0 && (
        <ol class="history" data-testid="history">
          {groupHistory(history.data.entries).map((group, i) => (
            <HistoryEntry key={i} group={group} entity={entity} names={history.data!.names} own={group.recordId === id} />
          ))}
        </ol>
      )}
    </section>
  );
}
