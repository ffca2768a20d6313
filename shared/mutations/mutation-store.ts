import type { BaseRecord } from '../entities/base';
import type { ContactCompany } from '../entities/contact-company';
import type { EmailLog } from '../entities/email-log';
import type { EntityName, EntityRow } from '../entities/registry';

export type RecordFields<E extends EntityName> = Omit<EntityRow<E>, keyof BaseRecord>;

/**
 * What a mutator may do, implemented by the server over a drizzle transaction (scoped to the
 * caller's workspace, versioned, audited) and by the extension over a Dexie transaction.
 * `get` returns soft-deleted rows too; mutators decide what that means.
 */
export type MutationStore = {
  get<E extends EntityName>(entity: E, id: string): Promise<EntityRow<E> | undefined>;
  insert<E extends EntityName>(entity: E, id: string, fields: RecordFields<E>): Promise<void>;
  update<E extends EntityName>(entity: E, id: string, patch: Partial<RecordFields<E>>): Promise<void>;
  softDelete(entity: EntityName, id: string): Promise<void>;
  /** Takes a soft-deleted row out of the trash. */
  restore(entity: EntityName, id: string): Promise<void>;
  linksOfContact(contactId: string): Promise<ContactCompany[]>;
  /** Logged e-mails linked to the contact, deleted ones too. */
  emailLogsOfContact(contactId: string): Promise<EmailLog[]>;
  /** Whether a user belongs to this workspace (owners); a client without the member list says yes. */
  isMember(userId: string): Promise<boolean>;
  /** The next number of the workspace's customer sequence; null where only the server can tell. */
  nextCustomerNumber(): Promise<number | null>;
};
