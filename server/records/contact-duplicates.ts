import { and, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { contactDuplicateKeys, rankContactDuplicates, type ContactProbe } from '../../shared/duplicates/contact-duplicate-rule';
import type { DbOrTx } from '../db/client';
import { contacts } from '../db/schema';

/**
 * Live contacts that look like the one about to be created, strongest first, by the shared rule
 * (`rankContactDuplicates`): SQL fetches the candidates by e-mail, phone (in any format) or last
 * name, and the rule decides.
 */
export async function findContactDuplicates(db: DbOrTx, workspaceId: string, probe: ContactProbe & { excludeId?: string }) {
  const keys = contactDuplicateKeys(probe);
  const match: (SQL | undefined)[] = [
    keys.email ? sql`instr(lower(${contacts.emails}), ${JSON.stringify(keys.email)}) > 0` : undefined,
    keys.phone ? sql`instr(${contacts.phones}, ${JSON.stringify(keys.phone)}) > 0` : undefined,
    keys.lastName ? sql`${contacts.lastName} = ${keys.lastName} collate nocase` : undefined,
  ];
  if (match.every((m) => m === undefined)) return [];
  const scope = [eq(contacts.workspaceId, workspaceId), isNull(contacts.deletedAt), or(...match)];
  if (probe.excludeId) scope.push(ne(contacts.id, probe.excludeId));
  const candidates = await db
    .select({
      id: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      emails: contacts.emails,
      phones: contacts.phones,
    })
    .from(contacts)
    .where(and(...scope))
    .limit(500);
  return rankContactDuplicates(probe, candidates)
    .slice(0, 10)
    .map(({ contact: c, reasons, score }) => ({
      contact: { id: c.id, firstName: c.firstName, lastName: c.lastName, email: c.emails[0]?.address ?? null },
      reasons,
      score,
    }));
}
