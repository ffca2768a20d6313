import { and, inArray, isNotNull, isNull, lt, notInArray, sql } from 'drizzle-orm';
import { companies, contactCompanies, contacts, emailLogs, merges } from '../db/schema';
import { discardBlob, ownedLogoKey } from '../blobs/company-logo-blobs';
import type { Deps } from '../deps';

const DAY = 86_400_000;

/**
 * Removes for good what has been in the trash longer than the retention, with its links. Clients
 * already received `remove` when it was deleted, so nothing needs to sync. A record merged into
 * another stays while that merge can be undone (from the survivor's history, for as long as the
 * survivor exists).
 */
export async function purgeTrash(deps: Deps, now = Date.now()): Promise<number> {
  const cutoff = now - deps.env.TRASH_RETENTION_DAYS * DAY;
  return deps.writeLock.run(async () => {
    let purged = 0;
    const logos = await deps.db
      .select({ id: companies.id, workspaceId: companies.workspaceId, logoUrl: companies.logoUrl })
      .from(companies)
      .where(and(isNotNull(companies.deletedAt), lt(companies.deletedAt, cutoff), isNotNull(companies.logoUrl)));
    for (const table of [companies, contacts]) {
      const undoable = deps.db
        .select({ id: merges.mergedId })
        .from(merges)
        .where(and(isNull(merges.undoneAt), inArray(merges.survivorId, deps.db.select({ id: table.id }).from(table))));
      const expired = await deps.db
        .select({ id: table.id, blocked: table === contacts ? contacts.emailsBlocked : sql<boolean>`0` })
        .from(table)
        .where(and(isNotNull(table.deletedAt), lt(table.deletedAt, cutoff), notInArray(table.id, undoable)));
      const ids = expired.map((r) => r.id);
      // A blocked contact's id stays on its e-mails, the trace of the block (docs/architecture.md).
      const unlinked = expired.filter((r) => !r.blocked).map((r) => r.id);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const linkColumn = table === companies ? contactCompanies.companyId : contactCompanies.contactId;
        await deps.db.batch([
          deps.db.delete(contactCompanies).where(inArray(linkColumn, chunk)),
          deps.db.delete(table).where(inArray(table.id, chunk)),
        ]);
      }
      for (let i = 0; i < unlinked.length; i += 500) {
        await unlinkEmailLogs(deps, table === companies ? 'companyIds' : 'contactIds', unlinked.slice(i, i + 500));
      }
      purged += ids.length;
    }
    // Stored logos go after their rows: a failure leaves an orphan file, never a company without its image.
    for (const { id, workspaceId, logoUrl } of logos) {
      const key = ownedLogoKey(logoUrl, workspaceId, id);
      if (key) await discardBlob(deps.blobs, key);
    }
    return purged;
  });
}

/**
 * Takes purged records' ids off the e-mails linked to them. The version stays: clients dropped
 * those records when they were deleted, so a link to them already meant nothing there.
 */
async function unlinkEmailLogs(deps: Deps, field: 'contactIds' | 'companyIds', ids: string[]) {
  const column = emailLogs[field];
  const list = sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );
  await deps.db
    .update(emailLogs)
    .set({ [field]: sql`(SELECT json_group_array(j.value) FROM json_each(${column}) AS j WHERE j.value NOT IN (${list}))` })
    .where(sql`EXISTS (SELECT 1 FROM json_each(${column}) AS j WHERE j.value IN (${list}))`);
}
