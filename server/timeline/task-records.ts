import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { TaskRecord } from '../../shared/api/my-work.api';
import type { DbOrTx } from '../db/client';
import { companies, contacts } from '../db/schema';

type Linked = { companyIds: string[]; contactIds: string[] };

/**
 * The record each task is about, named: its first company, else its first contact. One query per
 * table for the whole list, scoped to the workspace, and only live records (a trashed company
 * leaves the task unnamed rather than linking to a card that is gone).
 */
export async function taskRecords(db: DbOrTx, workspaceId: string, rows: Linked[]): Promise<(TaskRecord | null)[]> {
  const companyIds = [...new Set(rows.flatMap((r) => r.companyIds.slice(0, 1)))];
  const contactIds = [...new Set(rows.filter((r) => r.companyIds.length === 0).flatMap((r) => r.contactIds.slice(0, 1)))];
  const [companyRows, contactRows] = await Promise.all([
    companyIds.length === 0
      ? []
      : db
          .select({ id: companies.id, name: companies.name })
          .from(companies)
          .where(and(eq(companies.workspaceId, workspaceId), inArray(companies.id, companyIds), isNull(companies.deletedAt))),
    contactIds.length === 0
      ? []
      : db
          .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
          .from(contacts)
          .where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, contactIds), isNull(contacts.deletedAt))),
  ]);
  const companyNames = new Map(companyRows.map((c) => [c.id, c.name]));
  const contactNames = new Map(contactRows.map((c) => [c.id, [c.firstName, c.lastName].filter(Boolean).join(' ')]));
  return rows.map((r) => {
    const [companyId] = r.companyIds;
    if (companyId !== undefined) {
      const name = companyNames.get(companyId);
      return name === undefined ? null : { kind: 'company', id: companyId, name };
    }
    const [contactId] = r.contactIds;
    const name = contactId === undefined ? undefined : contactNames.get(contactId);
    return contactId === undefined || name === undefined ? null : { kind: 'contact', id: contactId, name };
  });
}
