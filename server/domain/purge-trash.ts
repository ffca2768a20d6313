import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import { companies, contactCompanies, contacts } from '../db/schema';
import { discardBlob, ownedLogoKey } from '../blobs/company-logo-blobs';
import type { Deps } from '../deps';

const DAY = 86_400_000;

/**
 * Removes for good what has been in the trash longer than the retention, with its links. Clients
 * already received `remove` when it was deleted, so nothing needs to sync.
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
      const expired = await deps.db
        .select({ id: table.id })
        .from(table)
        .where(and(isNotNull(table.deletedAt), lt(table.deletedAt, cutoff)));
      const ids = expired.map((r) => r.id);
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const linkColumn = table === companies ? contactCompanies.companyId : contactCompanies.contactId;
        await deps.db.batch([
          deps.db.delete(contactCompanies).where(inArray(linkColumn, chunk)),
          deps.db.delete(table).where(inArray(table.id, chunk)),
        ]);
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
