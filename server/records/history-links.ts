import { and, eq, inArray } from 'drizzle-orm';
import { contactCompanies } from '../db/schema';
import type { Deps } from '../deps';

type Changes = Record<string, [unknown, unknown]>;
type AuditRow = { recordId: string; version: number; action: string; changes: Changes };
type Link = { contactId: string; companyId: string };

/**
 * A contact's companies are link rows with an audit of their own; the contact's history tells them
 * as its own "works at" field. These are the links of the given contacts (merged ones included).
 */
export async function contactLinks(deps: Deps, workspaceId: string, contactIds: string[]): Promise<Map<string, Link>> {
  const rows = await deps.db
    .select({ id: contactCompanies.id, contactId: contactCompanies.contactId, companyId: contactCompanies.companyId })
    .from(contactCompanies)
    .where(and(eq(contactCompanies.workspaceId, workspaceId), inArray(contactCompanies.contactId, contactIds)));
  return new Map(rows.map((r) => [r.id, { contactId: r.contactId, companyId: r.companyId }]));
}

/** What one write of a link did to its contact: joined or left a company, or changed the position there. */
function linkChanges(changes: Changes, companyId: string): Changes {
  const out: Changes = {};
  const deleted = changes.deletedAt;
  if (changes.companyId || (deleted && deleted[1] === null)) out.worksAt = [[], [companyId]];
  else if (deleted) out.worksAt = [[companyId], []];
  const position = changes.position;
  if (position && (position[0] !== null || position[1] !== null)) out[`positionAt.${companyId}`] = position;
  return out;
}

/**
 * The audit rows as the contact's: a link's row becomes a row of its contact, with the action the
 * contact's own row of the same write has (a quick-add that made the contact and its link is one
 * create), else an update. Rows of other record types pass unchanged.
 */
export function asContactRows<T extends AuditRow>(
  rows: T[],
  links: Map<string, Link>,
): (Omit<T, 'action'> & { action: string })[] {
  if (links.size === 0) return rows;
  const ownAction = new Map(rows.filter((r) => !links.has(r.recordId)).map((r) => [`${r.recordId}@${r.version}`, r.action]));
  return rows.flatMap((r) => {
    const link = links.get(r.recordId);
    if (!link) return [r];
    const changes = linkChanges(r.changes, link.companyId);
    if (Object.keys(changes).length === 0) return [];
    const action = ownAction.get(`${link.contactId}@${r.version}`) ?? 'update';
    return [{ ...r, recordId: link.contactId, action, changes }];
  });
}
