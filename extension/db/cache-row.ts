import type { EntityName, EntityRows } from '../../shared/entities/registry';

/**
 * Fields the cache derives from a row for its own indexes; the server never sees them.
 * `emailKeys`: every address of a contact, lower-cased, so the webmail sidebar finds a person by
 * any of their e-mails (IndexedDB cannot index a field inside an array of objects).
 */
export type CacheOnlyFields = { emailKeys?: string[] };

export function contactEmailKeys(row: { email: string | null; emails?: { address: string }[] }): string[] {
  const all = [row.email, ...(row.emails ?? []).map((e) => e.address)].flatMap((a) => (a ? [a.trim().toLowerCase()] : []));
  return [...new Set(all)];
}

/** The row as the cache stores it: with its derived index fields. */
export function cacheRow<E extends EntityName>(entity: E, row: EntityRows[E]): EntityRows[E] {
  if (entity !== 'contact') return row;
  const contact = row as EntityRows['contact'];
  return { ...contact, emailKeys: contactEmailKeys(contact) } as unknown as EntityRows[E];
}
