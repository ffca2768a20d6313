import { and, eq, gte, inArray, isNull, lte, sql } from 'drizzle-orm';
import { INVOICED_STATUSES, UNSIGNED_AGREEMENT_STATUSES } from '../../shared/entities/company-summaries';
import type { CompanyCounters } from '../../shared/entities/company-counters';
import type { DbOrTx } from '../db/client';
import { OPEN_TASK_STATUSES } from '../../shared/entities/task';
import { agreements, invoices, tasks, timelineLinks } from '../db/schema';

const none = (): CompanyCounters => ({ activeProjects: 0, openTasks: 0, unsignedAgreements: 0, invoicedThisYear: {} });

/** The counters of each company, in three grouped queries however many companies a page holds. */
export async function companyCounters(
  db: DbOrTx,
  workspaceId: string,
  companyIds: string[],
  now = new Date(),
): Promise<Map<string, CompanyCounters>> {
  const out = new Map(companyIds.map((id) => [id, none()]));
  if (companyIds.length === 0) return out;
  const year = now.getUTCFullYear();
  const [unsigned, invoiced, open] = await Promise.all([
    db
      .select({ companyId: agreements.companyId, n: sql<number>`count(*)` })
      .from(agreements)
      .where(
        and(
          inArray(agreements.companyId, companyIds),
          inArray(agreements.status, [...UNSIGNED_AGREEMENT_STATUSES]),
          // `+`: the company index must drive; on the workspace index SQLite would read every agreement.
          sql`+${agreements.workspaceId} = ${workspaceId}`,
          isNull(agreements.deletedAt),
        ),
      )
      .groupBy(agreements.companyId),
    db
      .select({ companyId: invoices.companyId, currency: invoices.currency, sum: sql<number>`sum(${invoices.amountMinor})` })
      .from(invoices)
      .where(
        and(
          inArray(invoices.companyId, companyIds),
          gte(invoices.date, `${year}-01-01`),
          lte(invoices.date, `${year}-12-31`),
          inArray(invoices.status, [...INVOICED_STATUSES]),
          sql`+${invoices.workspaceId} = ${workspaceId}`,
          isNull(invoices.deletedAt),
        ),
      )
      .groupBy(invoices.companyId, invoices.currency),
    db
      .select({ companyId: timelineLinks.targetId, n: sql<number>`count(*)` })
      .from(timelineLinks)
      .innerJoin(tasks, eq(tasks.id, timelineLinks.recordId))
      .where(
        and(
          eq(timelineLinks.workspaceId, workspaceId),
          inArray(timelineLinks.targetId, companyIds),
          eq(timelineLinks.kind, 'task'),
          inArray(tasks.status, [...OPEN_TASK_STATUSES]),
        ),
      )
      .groupBy(timelineLinks.targetId),
  ]);
  for (const row of unsigned) out.get(row.companyId)!.unsignedAgreements = Number(row.n);
  for (const row of invoiced) out.get(row.companyId)!.invoicedThisYear[row.currency] = Number(row.sum);
  for (const row of open) out.get(row.companyId)!.openTasks = Number(row.n);
  return out;
}

/** The rows with their counters attached, for lists and cards. */
export async function withCounters<T extends { id: string }>(db: DbOrTx, workspaceId: string, rows: T[]) {
  const counters = await companyCounters(
    db,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => ({ ...r, counters: counters.get(r.id)! }));
}
