import { and, desc, eq, gte, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { EntityName } from '../../shared/entities/registry';
import type { TimelineKind } from '../../shared/timeline/timeline-item';
import { TASK_STATUSES_OF, type StatusFilter } from '../../shared/timeline/status-filter';
import type { DbOrTx } from '../db/client';
import { entityDbTables } from '../db/entity-db-tables';
import { appointments, auditLog, tasks, timelineLinks, users } from '../db/schema';
import { isVisible, type Viewer } from '../domain/visibility';
import { historyKey, type TimelineCursor } from './timeline-cursor';

export type TimelinePageQuery = {
  targetId: string;
  kinds: readonly TimelineKind[];
  from?: number;
  to?: number;
  before?: TimelineCursor;
  limit: number;
} & StatusFilter;

type Slot = { kind: TimelineKind; id: string; at: number; key: string };
export type TimelineEntry = { kind: TimelineKind; id: string; at: number; record: unknown };

const entityOfKind = {
  activity: 'activity',
  task: 'task',
  appointment: 'appointment',
  note: 'note',
  email: 'emailLog',
  file: 'attachment',
} as const satisfies Record<Exclude<TimelineKind, 'history'>, EntityName>;

const newestFirst = (a: Slot, b: Slot) => b.at - a.at || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);

/**
 * One page of a company's or contact's timeline, newest first: the linked records (one index
 * range of `timeline_links`) merged with the record's own history. Someone else's private notes
 * are never read (`private_to`); e-mails hidden from this viewer are dropped and the page is
 * refilled, so it stays full. `next` is where the following page starts, or null at the end.
 */
export async function timelinePage(db: DbOrTx, viewer: Viewer, q: TimelinePageQuery) {
  const items: TimelineEntry[] = [];
  let before = q.before;
  for (;;) {
    const want = q.limit - items.length;
    const slots = [
      ...(await linkSlots(db, viewer, q, before, want + 1)),
      ...(await historySlots(db, viewer, q, before, want + 1)),
    ]
      .sort(newestFirst)
      .slice(0, want + 1);
    const page = slots.slice(0, want);
    const records = await loadRecords(db, viewer, page);
    for (const slot of page) {
      const record = records.get(slot.key);
      if (record !== undefined) items.push({ kind: slot.kind, id: slot.id, at: slot.at, record });
    }
    const last = page[page.length - 1];
    if (slots.length <= want || !last) return { items, next: null };
    before = { at: last.at, key: last.key };
    if (items.length >= q.limit) return { items, next: before };
  }
}

function range(at: typeof timelineLinks.sortAt | typeof auditLog.at, q: TimelinePageQuery) {
  return [q.from === undefined ? undefined : gte(at, q.from), q.to === undefined ? undefined : lte(at, q.to)];
}

async function linkSlots(db: DbOrTx, viewer: Viewer, q: TimelinePageQuery, before: TimelineCursor | undefined, limit: number) {
  const kinds = q.kinds.filter((k): k is Exclude<TimelineKind, 'history'> => k !== 'history');
  if (kinds.length === 0) return [];
  // The key `<kind>:<id>` orders like the pair (kind, id), since no kind is a prefix of another:
  // so the page index (…, sort_at, kind, record_id) gives the order without sorting.
  const [kind, id] = before ? splitKey(before.key) : ['', ''];
  const rows = await db
    .select({ kind: timelineLinks.kind, id: timelineLinks.recordId, at: timelineLinks.sortAt })
    .from(timelineLinks)
    .where(
      and(
        eq(timelineLinks.workspaceId, viewer.workspaceId),
        eq(timelineLinks.targetId, q.targetId),
        or(isNull(timelineLinks.privateTo), eq(timelineLinks.privateTo, viewer.userId)),
        kinds.length < 6 ? inArray(timelineLinks.kind, kinds) : undefined,
        ...range(timelineLinks.sortAt, q),
        ...statusConditions(q),
        before
          ? sql`(${timelineLinks.sortAt}, ${timelineLinks.kind}, ${timelineLinks.recordId}) < (${before.at}, ${kind}, ${id})`
          : undefined,
      ),
    )
    .orderBy(desc(timelineLinks.sortAt), desc(timelineLinks.kind), desc(timelineLinks.recordId))
    .limit(limit);
  return rows.map((r): Slot => ({ ...r, key: `${r.kind}:${r.id}` }));
}

/**
 * A status filter narrows its own kind only ("cancelled appointments" still shows the notes):
 * a primary-key lookup per link row, so the page index still drives.
 */
function statusConditions(q: TimelinePageQuery) {
  const only = (kind: 'task' | 'appointment', table: typeof tasks | typeof appointments, statuses: readonly string[]) =>
    or(
      ne(timelineLinks.kind, kind),
      sql`exists (select 1 from ${table} where ${table.id} = ${timelineLinks.recordId} and ${table.status} in ${statuses})`,
    );
  return [
    q.taskStatus === undefined ? undefined : only('task', tasks, TASK_STATUSES_OF[q.taskStatus]),
    q.appointmentStatus === undefined ? undefined : only('appointment', appointments, [q.appointmentStatus]),
  ];
}

/** A cursor key back into its kind and id (a history key splits the same way, and compares the same). */
function splitKey(key: string): [string, string] {
  const at = key.indexOf(':');
  return [key.slice(0, at), key.slice(at + 1)];
}

async function historySlots(db: DbOrTx, viewer: Viewer, q: TimelinePageQuery, before: TimelineCursor | undefined, limit: number) {
  if (!q.kinds.includes('history')) return [];
  const key = sql<string>`'history:' || printf('%015d', ${auditLog.id})`;
  const rows = await db
    .select({ id: auditLog.id, at: auditLog.at })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.workspaceId, viewer.workspaceId),
        eq(auditLog.recordId, q.targetId),
        ...range(auditLog.at, q),
        before ? sql`(${auditLog.at}, ${key}) < (${before.at}, ${before.key})` : undefined,
      ),
    )
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(limit);
  return rows.map((r): Slot => ({ kind: 'history', id: String(r.id), at: r.at, key: historyKey(r.id) }));
}

/** The records behind the slots, by slot key; what this viewer may not see is left out. */
async function loadRecords(db: DbOrTx, viewer: Viewer, slots: Slot[]): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  for (const kind of new Set(slots.map((s) => s.kind))) {
    const ids = slots.filter((s) => s.kind === kind).map((s) => s.id);
    if (kind === 'history') {
      const rows = await db
        .select({
          id: auditLog.id,
          action: auditLog.action,
          channel: auditLog.channel,
          changes: auditLog.changes,
          userId: auditLog.userId,
          name: users.name,
        })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.userId))
        .where(inArray(auditLog.id, ids.map(Number)));
      for (const r of rows) {
        out.set(historyKey(r.id), {
          action: r.action,
          channel: r.channel,
          user: { id: r.userId, name: r.name },
          changes: r.changes,
        });
      }
      continue;
    }
    const entity = entityOfKind[kind];
    const table = entityDbTables[entity];
    const rows = await db
      .select()
      .from(table)
      // `+`: the id list must drive; on the workspace index SQLite would read every record of the workspace.
      .where(and(inArray(table.id, ids), sql`+${table.workspaceId} = ${viewer.workspaceId}`));
    for (const row of rows) if (isVisible(entity, row as never, viewer)) out.set(`${kind}:${row.id}`, row);
  }
  return out;
}
