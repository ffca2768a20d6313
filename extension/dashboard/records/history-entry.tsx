import type { RecordTypeName } from '../../../shared/records/record-types';
import { useI18n } from '../../ui/i18n/use-i18n';
import type { HistoryGroup } from './history-groups';
import { historyHeadline, historyLines, type HistoryNames } from './history-lines';

type HistoryEntryProps = {
  group: HistoryGroup;
  entity: RecordTypeName;
  names: HistoryNames;
  /** False for a write on a record merged into this one. */
  own: boolean;
};

/**
 * One write as a person tells it: "Created from the popup — Kari Nordmann, 6 Dec 2026, 09:14" and
 * a line per changed field. A create's starting values are folded away: the heading is the news.
 */
export function HistoryEntry({ group, entity, names, own }: HistoryEntryProps) {
  const { t, f } = useI18n();
  const lines = historyLines(group, entity, names);
  const list = (
    <ul class="history-lines">
      {lines.map((line, i) => (
        <li key={i}>{t('history.line', { field: line.field, change: line.text })}</li>
      ))}
    </ul>
  );
  return (
    <li class={own ? 'history-entry' : 'history-entry from-merged'} data-testid="history-entry" data-action={group.action}>
      <p class="history-head">
        <strong>{historyHeadline(group)}</strong>
        <span class="muted small">
          {t('history.byAt', { name: group.user.name ?? t('history.someone'), when: f.dateTime(group.at) })}
          {!own && ` · ${t('history.mergedRecord')}`}
        </span>
      </p>
      {lines.length > 0 && group.action === 'create' ? (
        <details>
          <summary class="small">{t('history.createdWith', { count: lines.length })}</summary>
          {list}
        </details>
      ) : (
        lines.length > 0 && list
      )}
    </li>
  );
}
