import { useI18n } from '../../ui/i18n/use-i18n';
import { nameValues, type ListNames } from './record-list-names';
import type { BulkOutcome } from './run-bulk';

type BulkSummaryProps = {
  names: ListNames;
  outcome: BulkOutcome;
  nameOf: (id: string) => string | undefined;
  onClose: () => void;
  /** The headline when it is not "Applied to …" (a deletion says "Moved … to the trash"). */
  appliedKey?: 'records.bulk.applied' | 'trash.bulk.moved';
};

/** What a bulk run did: how many changed, and each record it could not change and why. */
export function BulkSummary({ names, outcome, nameOf, onClose, appliedKey = 'records.bulk.applied' }: BulkSummaryProps) {
  const { t } = useI18n();
  const { applied, rejected, total, error } = outcome;
  return (
    <div class="bulk-summary" data-testid="bulk-summary" role="status">
      <div class="bulk-summary-head">
        <strong class={rejected.length || error ? 'warn-text' : 'ok-text'} data-testid="bulk-applied">
          {t(appliedKey, { applied, total, ...nameValues(t, names, total) })}
        </strong>
        {rejected.length > 0 && <span> {t('records.bulk.notChanged', { count: rejected.length })}</span>}
        <span class="spacer" />
        <button type="button" class="secondary small-button" onClick={onClose}>
          {t('records.done')}
        </button>
      </div>
      {error && <p class="error">{error}</p>}
      {rejected.length > 0 && (
        <ul class="rejected" data-testid="bulk-rejected">
          {rejected.slice(0, 100).map((r) => (
            <li key={r.id}>
              <a href={`${names.route}/${r.id}`}>{nameOf(r.id) ?? r.id}</a>: {r.message} <span class="muted">({r.reason})</span>
            </li>
          ))}
          {rejected.length > 100 && <li class="muted">{t('records.bulk.more', { count: rejected.length - 100 })}</li>}
        </ul>
      )}
    </div>
  );
}
