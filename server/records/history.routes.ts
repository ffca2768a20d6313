import { and, asc, eq, gte, inArray, isNull, lte } from 'drizzle-orm';
import { recordsApi, type HistoryEntry } from '../../shared/api/records.api';
import { requireAuth } from '../auth/require-auth';
import { auditLog, merges, users } from '../db/schema';
import type { Deps } from '../deps';
import { entityText } from '../../shared/mutations/error-text';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { asContactRows, contactLinks } from './history-links';
import { historyNames } from './history-names';
import { recordSql } from './record-sql';

/** The record and every record merged into it (and into those), unless the merge was undone. */
async function withMerged(deps: Deps, workspaceId: string, id: string): Promise<string[]> {
  const ids = [id];
  for (let i = 0; i < ids.length && ids.length < 1000; i++) {
    const rows = await deps.db
      .select({ mergedId: merges.mergedId })
      .from(merges)
      .where(and(eq(merges.workspaceId, workspaceId), eq(merges.survivorId, ids[i]!), isNull(merges.undoneAt)));
    for (const r of rows) if (!ids.includes(r.mergedId)) ids.push(r.mergedId);
  }
  return ids;
}

/** A record's history, one line per changed field: who, when, old and new value, through what, and the names of the ids in it. */
export function historyRoutes(deps: Deps) {
  return apiRouter().openapi(route(recordsApi.history, requireAuth(deps)), async (c) => {
    const { entity, id } = c.req.valid('param');
    const { from, to } = c.req.valid('query');
    const { workspaceId } = c.get('auth');
    const { table } = recordSql[entity];
    // Deleted records keep their history (the trash shows it); other workspaces' do not exist here.
    const [record] = await deps.db
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, id), eq(table.workspaceId, workspaceId)));
    if (!record) throw new AppError(404, 'notFound', { key: 'errors.record.noSuch', values: { entity: entityText(entity) } });
    const recordIds = await withMerged(deps, workspaceId, id);
    const links = entity === 'contact' ? await contactLinks(deps, workspaceId, recordIds) : new Map();
    const where = [eq(auditLog.workspaceId, workspaceId), inArray(auditLog.recordId, [...recordIds, ...links.keys()])];
    if (from !== undefined) where.push(gte(auditLog.at, from));
    if (to !== undefined) where.push(lte(auditLog.at, to));
    const audit = await deps.db
      .select({
        recordId: auditLog.recordId,
        version: auditLog.version,
        at: auditLog.at,
        action: auditLog.action,
        channel: auditLog.channel,
        changes: auditLog.changes,
        userId: auditLog.userId,
        userName: users.name,
      })
      .from(auditLog)
      .leftJoin(users, eq(users.id, auditLog.userId))
      .where(and(...where))
      .orderBy(asc(auditLog.version), asc(auditLog.id));
    const rows = asContactRows(audit, links);
    const entries = rows.flatMap((r): HistoryEntry[] => {
      const base = {
        recordId: r.recordId,
        at: r.at,
        action: r.action,
        channel: r.channel,
        user: { id: r.userId, name: r.userName },
      };
      const fields = Object.entries(r.changes);
      if (fields.length === 0) return [{ ...base, field: null, oldValue: null, newValue: null }];
      return fields.map(([field, [oldValue, newValue]]) => ({ ...base, field, oldValue, newValue }));
    });
    const names = await historyNames(
      deps,
      workspaceId,
      rows.map((r) => r.changes),
    );
    return c.json({ entries: entries.reverse(), names }, 200);
  });
}
