import { Dexie, type Table, type Transaction } from 'dexie';
import type { EntityRows } from '../../shared/entities/registry';
import { entityNames, entityTables as entities, type EntityName } from '../../shared/entities/tables';
import type { RecordRef } from '../../shared/mutations/mutation';
import type { MutationName } from '../../shared/mutations/registry';
import { contactEmailKeys } from './cache-row';

/** A queued mutation; its auto-increment key is the mutation id the server dedupes on. */
export type OutboxEntry = {
  mutationId?: number;
  name: MutationName;
  args: unknown;
  refs: RecordRef[];
  createdAt: number;
};

/** A mutation the server refused; kept so the UI can say what was not saved and why. */
export type Rejection = { mutationId: number; name: string; args: unknown; reason: string; message: string; at: number };

export type MetaKey = 'clientId' | 'cursor' | 'lastSyncedAt' | 'lastError' | 'workspaceId' | 'owner' | 'members' | 'membersAt';
export type MetaRow = { key: MetaKey; value: unknown };

export type EntityTables = { [E in EntityName as (typeof entities)[E]['table']]: Table<EntityRows[E], string> };

export type FjordDb = Dexie &
  EntityTables & {
    outbox: Table<OutboxEntry, number>;
    rejections: Table<Rejection, number>;
    meta: Table<MetaRow, MetaKey>;
  };

/**
 * The local cache: one store per registry entity, plus the outbox and sync metadata. Schemas only
 * move forward: append to CACHE_VERSIONS (with an upgrade function when data must move), never
 * edit a shipped version.
 */
export function openFjordDb(name = 'fjord'): FjordDb {
  const db = new Dexie(name) as FjordDb;
  for (const [index, stores] of CACHE_VERSIONS.entries()) {
    const version = db.version(index + 1).stores(stores);
    const upgrade = CACHE_UPGRADES[index + 1];
    if (upgrade) version.upgrade(upgrade);
  }
  return db;
}

/**
 * Store definitions by version, only ever appended to (tests check the last one covers every
 * registry entity with its indexes). Version n is `CACHE_VERSIONS[n - 1]`.
 */
export const CACHE_VERSIONS: Record<string, string>[] = [
  {
    outbox: '++mutationId',
    rejections: 'mutationId',
    meta: 'key',
    companies: 'id, name, domain, orgNumber',
    contacts: 'id, lastName, email',
    contactCompanies: 'id, contactId, companyId',
  },
  { listItems: 'id, kind' },
  { agreements: 'id, companyId', invoices: 'id, companyId', customFields: 'id, entity' },
  { emailLogs: 'id, messageKey, *contactIds, *companyIds' },
  { contacts: 'id, lastName, email, *emailKeys' },
  {
    activities: 'id, occurredAt, *contactIds, *companyIds',
    tasks: 'id, assigneeId, dueDate, *contactIds, *companyIds',
    appointments: 'id, startsAt, *contactIds, *companyIds',
    notes: 'id, *contactIds, *companyIds',
    attachments: 'id, *contactIds, *companyIds, *activityIds',
  },
];

/** Data moves for the versions that need them, by version number. */
const CACHE_UPGRADES: Record<number, (tx: Transaction) => Promise<unknown>> = {
  5: (tx) =>
    tx
      .table('contacts')
      .toCollection()
      .modify((c: { email: string | null; emails?: { address: string }[]; emailKeys?: string[] }) => {
        c.emailKeys = contactEmailKeys(c);
      }),
};

export function tableOf<E extends EntityName>(db: FjordDb, entity: E): Table<EntityRows[E], string> {
  return db.table(entities[entity].table);
}

export const allTableNames = (db: FjordDb) => [...entityNames.map((e) => tableOf(db, e)), db.outbox, db.rejections, db.meta];
