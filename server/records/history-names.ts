import { and, eq, inArray } from 'drizzle-orm';
import { companies, contacts, customFields, listItems, users } from '../db/schema';
import type { Deps } from '../deps';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A key names the custom field it holds, or the company a position is at (`positionAt.<id>`). */
const KEY_ID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every id a history value holds: list values, members, companies, and ids in keys (custom fields, positions). */
function collectIds(value: unknown, into: Set<string>) {
  if (typeof value === 'string') {
    if (UUID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectIds(v, into);
  } else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      const id = KEY_ID.exec(key)?.[0];
      if (id) into.add(id);
      collectIds(v, into);
    }
  }
}

/**
 * The names of the ids in a history, resolved here rather than in the dashboard: the dashboard
 * cannot load a deleted list value, a deactivated member or a parent company it has no card for.
 * Deleted rows keep their last name, so they still read as it. Only the caller's workspace is
 * asked, so a foreign id stays unnamed (and shows as deleted).
 */
export async function historyNames(deps: Deps, workspaceId: string, values: unknown[]): Promise<Record<string, string>> {
  const found = new Set<string>();
  for (const v of values) collectIds(v, found);
  const ids = [...found];
  if (ids.length === 0) return {};
  const { db } = deps;
  const [items, members, firms, people, fields] = await Promise.all([
    db
      .select({ id: listItems.id, name: listItems.name })
      .from(listItems)
      .where(and(eq(listItems.workspaceId, workspaceId), inArray(listItems.id, ids))),
    db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(and(eq(users.workspaceId, workspaceId), inArray(users.id, ids))),
    db
      .select({ id: companies.id, name: companies.name })
      .from(companies)
      .where(and(eq(companies.workspaceId, workspaceId), inArray(companies.id, ids))),
    db
      .select({ id: contacts.id, first: contacts.firstName, last: contacts.lastName })
      .from(contacts)
      .where(and(eq(contacts.workspaceId, workspaceId), inArray(contacts.id, ids))),
    db
      .select({ id: customFields.id, name: customFields.label })
      .from(customFields)
      .where(and(eq(customFields.workspaceId, workspaceId), inArray(customFields.id, ids))),
  ]);
  const names: Record<string, string> = {};
  for (const row of [...items, ...members, ...firms, ...fields]) names[row.id] = row.name;
  for (const row of people) names[row.id] = [row.first, row.last].filter(Boolean).join(' ');
  return names;
}
