import { and, asc, eq, gt, lte } from 'drizzle-orm';
import { entityNames, type EntityName } from '../../shared/entities/registry';
import { PROTOCOL_VERSION, type Change, type PullResponse } from '../../shared/sync/protocol';
import type { Db } from '../db/client';
import { entityDbTables } from '../db/entity-db-tables';
import { workspaces } from '../db/schema';
import type { AuthContext } from '../deps';
import { toChange, viewerOf } from '../domain/visibility';

type Row = Record<string, unknown> & { id: string; version: number; deletedAt: number | null };

/**
 * Rows changed after `cursor`, in version order, never splitting one version across pages (a
 * client must not store a cursor in the middle of a transaction). Reading the head version first
 * and bounding by it keeps a page consistent while pushes commit concurrently.
 */
export async function pull(db: Db, auth: AuthContext, cursor: number, limit: number): Promise<PullResponse> {
  const [ws] = await db.select({ version: workspaces.version }).from(workspaces).where(eq(workspaces.id, auth.workspaceId));
  const head = ws?.version ?? 0;
  if (cursor >= head) return { protocolVersion: PROTOCOL_VERSION, cursor: head, more: false, changes: [] };

  const fetched = await Promise.all(entityNames.map((e) => changedRows(db, auth.workspaceId, e, cursor, head, limit)));
  // A table that filled its page may hold more rows at its last version: stop below that version.
  let cut = head + 1;
  for (const rows of fetched) if (rows.length === limit) cut = Math.min(cut, rows[rows.length - 1]!.version);

  const picked = fetched.flatMap((rows, i) =>
    rows.filter((r) => r.version < cut).map((row) => ({ entity: entityNames[i]!, row })),
  );
  let page: Picked[];
  let next: number;
  if (picked.length === 0) {
    // One version larger than a page (a bulk action): send that version whole.
    const whole = await Promise.all(entityNames.map((e) => changedRows(db, auth.workspaceId, e, cut - 1, cut, Infinity)));
    page = whole.flatMap((rows, i) => rows.map((row) => ({ entity: entityNames[i]!, row })));
    next = cut;
  } else {
    picked.sort((a, b) => a.row.version - b.row.version);
    // Every row below `cut` was fetched; trimming keeps whole versions below `next + 1`.
    ({ page, next } = trimToLimit(picked, limit, Math.min(cut - 1, head)));
  }
  const viewer = viewerOf(auth);
  const changes: Change[] = page.map(({ entity, row }) => toChange(entity, row, viewer));
  return { protocolVersion: PROTOCOL_VERSION, cursor: next, more: next < head, changes };
}

type Picked = { entity: EntityName; row: Row };

/** At most `limit` rows, whole versions only; `next` is the highest version fully delivered. */
function trimToLimit(picked: Picked[], limit: number, complete: number): { page: Picked[]; next: number } {
  if (picked.length <= limit) return { page: picked, next: complete };
  const boundary = picked[limit]!.row.version;
  let end = limit;
  while (end > 0 && picked[end - 1]!.row.version === boundary) end--;
  if (end === 0) {
    while (end < picked.length && picked[end]!.row.version === boundary) end++;
    return { page: picked.slice(0, end), next: boundary };
  }
  return { page: picked.slice(0, end), next: boundary - 1 };
}

async function changedRows(
  db: Db,
  workspaceId: string,
  entity: EntityName,
  after: number,
  upTo: number,
  limit: number,
): Promise<Row[]> {
  const table = entityDbTables[entity];
  const query = db
    .select()
    .from(table)
    .where(and(eq(table.workspaceId, workspaceId), gt(table.version, after), lte(table.version, upTo)))
    .orderBy(asc(table.version));
  return (Number.isFinite(limit) ? await query.limit(limit) : await query) as Row[];
}
