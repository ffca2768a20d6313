import type { HistoryEntry } from '../../../shared/api/records.api';

/** One changed field of a write. */
export type HistoryChange = { field: string; oldValue: unknown; newValue: unknown };

/** One write: who, when, through what, and every field it changed. */
export type HistoryGroup = Omit<HistoryEntry, 'field' | 'oldValue' | 'newValue'> & { changes: HistoryChange[] };

const keyOf = (e: HistoryEntry) => JSON.stringify([e.recordId, e.at, e.action, e.channel, e.user.id]);

/**
 * The server sends one line per changed field (older clients read it so); a person reads one entry
 * per write. Lines of one write sit next to each other and share record, time, action, channel and
 * user, so consecutive lines that share them are one write: a quick-add is one entry, not fifteen.
 */
export function groupHistory(entries: readonly HistoryEntry[]): HistoryGroup[] {
  const groups: HistoryGroup[] = [];
  let lastKey: string | null = null;
  for (const e of entries) {
    const key = keyOf(e);
    const { field, oldValue, newValue, ...write } = e;
    if (key !== lastKey) groups.push({ ...write, changes: [] });
    lastKey = key;
    if (field !== null) groups.at(-1)!.changes.push({ field, oldValue, newValue });
  }
  // Newest first puts a write's fields last to first too; a person reads them in the record's order.
  for (const g of groups) g.changes.reverse();
  return groups;
}
