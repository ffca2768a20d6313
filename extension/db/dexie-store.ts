import type { ContactCompany } from '../../shared/entities/contact-company';
import type { EmailLog } from '../../shared/entities/email-log';
import type { EntityName, EntityRow } from '../../shared/entities/registry';
import type { MutationStore, RecordFields } from '../../shared/mutations/mutation-store';
import { stampNewRecord } from '../../shared/entities/stamp-new-record';
import { mergePatch } from '../../shared/sync/merge-patch';
import { cacheRow } from './cache-row';
import { tableOf, type FjordDb } from './fjord-db';

/**
 * The shared mutators' store over the local cache; call it inside a Dexie 'rw' transaction.
 * Rows it creates carry version 0 until the server's copy arrives through pull.
 */
export class DexieStore implements MutationStore {
  constructor(
    private readonly db: FjordDb,
    private readonly userId: string,
    private readonly workspaceId: string,
    private readonly now: number,
  ) {}

  async get<E extends EntityName>(entity: E, id: string): Promise<EntityRow<E> | undefined> {
    return tableOf(this.db, entity).get(id);
  }

  async insert<E extends EntityName>(entity: E, id: string, fields: RecordFields<E>) {
    const row = stampNewRecord(id, fields, { workspaceId: this.workspaceId, userId: this.userId, now: this.now }) as EntityRow<E>;
    await tableOf(this.db, entity).put(cacheRow(entity, row));
  }

  async update<E extends EntityName>(entity: E, id: string, patch: Partial<RecordFields<E>>) {
    const table = tableOf(this.db, entity);
    const row = await table.get(id);
    if (row)
      await table.put(cacheRow(entity, mergePatch(row, patch as Partial<EntityRow<E>>, { now: this.now, userId: this.userId })));
  }

  async softDelete(entity: EntityName, id: string) {
    await tableOf(this.db, entity).update(id, { deletedAt: this.now, updatedAt: this.now } as never);
  }

  async isMember(): Promise<boolean> {
    return true; // the server checks; the cache has no member list
  }

  async nextCustomerNumber(): Promise<null> {
    return null; // assigned by the server, arrives with the pull
  }

  async restore(entity: EntityName, id: string) {
    await tableOf(this.db, entity).update(id, { deletedAt: null, updatedAt: this.now } as never);
  }

  async linksOfContact(contactId: string): Promise<ContactCompany[]> {
    return this.db.contactCompanies.where('contactId').equals(contactId).toArray();
  }

  async emailLogsOfContact(contactId: string): Promise<EmailLog[]> {
    return this.db.emailLogs.where('contactIds').equals(contactId).toArray();
  }
}
