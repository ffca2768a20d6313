import { and, inArray, isNotNull, lt } from 'drizzle-orm';
import { companies, contactCompanies, contacts } from '../db/schema';
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
    return purged;
  });
}
