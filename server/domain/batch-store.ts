import { and, eq, inArray, sql } from 'drizzle-orm';
import type { ContactCompany } from '../../shared/entities/contact-company';
import type { EmailLog } from '../../shared/entities/email-log';
import type { EntityName, EntityRow } from '../../shared/entities/registry';
import { stampNewRecord } from '../../shared/entities/stamp-new-record';
import { entityText, recordNotFound } from '../../shared/mutations/error-text';
import { MutationError } from '../../shared/mutations/mutation-error';
import type { MutationStore, RecordFields } from '../../shared/mutations/mutation-store';
import { mergePatch } from '../../shared/sync/merge-patch';
import type { Db } from '../db/client';
import { contactCompanies, emailLogs, users, workspaces } from '../db/schema';
import { entityDbTables } from '../db/entity-db-tables';
import { rowDiff } from './row-diff';

type Row = Record<string, unknown> & { id: string; workspaceId: string; deletedAt: number | null };
type Key = `${EntityName}:${string}`;
export type AuditEntry = {
  entity: EntityName;
  recordId: string;
  action: 'create' | 'update' | 'delete' | 'restore' | 'merge' | 'unmerge';
  changes: Record<string, [unknown, unknown]>;
};

/**
 * The server's MutationStore for one push: reads are prefetched in bulk and every write stays in
 * memory until `flush` writes all of them as multi-row statements in the push's transaction.
 * Each mutation stages its writes; `rollback` drops them, so a rejected mutation leaves no trace.
 */
export class BatchStore implements MutationStore {
  private readonly loaded = new Map<Key, Row | null>();
  private readonly foreign = new Set<Key>();
  private readonly linksLoaded = new Set<string>();
  private readonly dirty = new Map<Key, { entity: EntityName; row: Row }>();
  private staged = new Map<Key, { entity: EntityName; row: Row }>();
  private stagedAudit: AuditEntry[] = [];
  private customerCounter: number | null = null;
  readonly audit: AuditEntry[] = [];

  constructor(
    private readonly tx: Db,
    private readonly workspaceId: string,
    private readonly userId: string,
    private readonly now: number,
  ) {}

  get hasWrites(): boolean {
    return this.dirty.size > 0;
  }

  /** Loads the given records in one query per entity; ids of other workspaces count as taken. */
  async prefetch(refs: { entity: EntityName; id: string }[]) {
    const byEntity = new Map<EntityName, Set<string>>();
    for (const { entity, id } of refs) {
      if (this.loaded.has(`${entity}:${id}`)) continue;
      byEntity.set(entity, (byEntity.get(entity) ?? new Set()).add(id));
    }
    for (const [entity, ids] of byEntity) {
      const table = entityDbTables[entity];
      const all = [...ids];
      for (let i = 0; i < all.length; i += 500) {
        const rows = (await this.tx
          .select()
          .from(table)
          .where(inArray(table.id, all.slice(i, i + 500)))) as Row[];
        for (const row of rows) this.remember(entity, row);
      }
      for (const id of all) if (!this.loaded.has(`${entity}:${id}`)) this.loaded.set(`${entity}:${id}`, null);
    }
  }

  async get<E extends EntityName>(entity: E, id: string): Promise<EntityRow<E> | undefined> {
    const key: Key = `${entity}:${id}`;
    const row = this.staged.get(key)?.row ?? this.dirty.get(key)?.row;
    if (row) return row as EntityRow<E>;
    if (!this.loaded.has(key)) await this.prefetch([{ entity, id }]);
    return (this.loaded.get(key) ?? undefined) as EntityRow<E> | undefined;
  }

  async insert<E extends EntityName>(entity: E, id: string, fields: RecordFields<E>) {
    if (this.foreign.has(`${entity}:${id}`) || (await this.get(entity, id))) {
      throw new MutationError('conflict', { key: 'errors.record.exists', values: { entity: entityText(entity), id } });
    }
    const row = stampNewRecord(id, fields as Record<string, unknown>, {
      workspaceId: this.workspaceId,
      userId: this.userId,
      now: this.now,
    }) as Row;
    this.stage(entity, row, 'create', undefined);
  }

  async update<E extends EntityName>(entity: E, id: string, patch: Partial<RecordFields<E>>) {
    const before = (await this.get(entity, id)) as Row | undefined;
    if (!before) throw new MutationError('notFound', recordNotFound(entity, id));
    const row = mergePatch(before, patch as Partial<Row>, { now: this.now, userId: this.userId });
    this.stage(entity, row, 'update', before);
  }

  async softDelete(entity: EntityName, id: string) {
    const before = (await this.get(entity, id)) as Row | undefined;
    if (!before) throw new MutationError('notFound', recordNotFound(entity, id));
    this.stage(entity, { ...before, deletedAt: this.now, updatedAt: this.now, updatedBy: this.userId }, 'delete', before);
  }

  async restore(entity: EntityName, id: string) {
    const before = (await this.get(entity, id)) as Row | undefined;
    if (!before) throw new MutationError('notFound', recordNotFound(entity, id));
    this.stage(entity, { ...before, deletedAt: null, updatedAt: this.now, updatedBy: this.userId }, 'restore', before);
  }

  async linksOfContact(contactId: string): Promise<ContactCompany[]> {
    if (!this.linksLoaded.has(contactId)) {
      const rows = (await this.tx.select().from(contactCompanies).where(eq(contactCompanies.contactId, contactId))) as Row[];
      for (const row of rows) if (!this.loaded.has(`contactCompany:${row.id}`)) this.remember('contactCompany', row);
      this.linksLoaded.add(contactId);
    }
    const result = new Map<string, Row>();
    for (const [key, row] of this.loaded)
      if (row && key.startsWith('contactCompany:') && row.contactId === contactId) result.set(row.id, row);
    for (const source of [this.dirty, this.staged])
      for (const { entity, row } of source.values())
        if (entity === 'contactCompany' && row.contactId === contactId) result.set(row.id, row);
    return [...result.values()] as unknown as ContactCompany[];
  }

  async emailLogsOfContact(contactId: string): Promise<EmailLog[]> {
    const ids = await this.tx
      .select({ id: emailLogs.id })
      .from(emailLogs)
      .where(
        and(eq(emailLogs.workspaceId, this.workspaceId), sql`instr(${emailLogs.contactIds}, ${JSON.stringify(contactId)}) > 0`),
      );
    const rows = await Promise.all(ids.map((r) => this.get('emailLog', r.id)));
    return rows.filter((r): r is EmailLog => r !== undefined && r.contactIds.includes(contactId));
  }

  async isMember(userId: string): Promise<boolean> {
    const [row] = await this.tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.id, userId), eq(users.workspaceId, this.workspaceId)));
    return row !== undefined;
  }

  /** Numbers are handed out in memory and the sequence is saved by the flush with the rows. */
  async nextCustomerNumber(): Promise<number> {
    if (this.customerCounter === null) {
      const [ws] = await this.tx
        .select({ next: workspaces.nextCustomerNumber })
        .from(workspaces)
        .where(eq(workspaces.id, this.workspaceId));
      this.customerCounter = ws?.next ?? 10000;
    }
    return this.customerCounter++;
  }

  /** The sequence value to save, or null when no number was handed out. */
  get nextCustomerNumberToSave(): number | null {
    return this.customerCounter;
  }

  /** A history line that is not a field change of its own, such as "merged X into this". */
  note(entity: EntityName, recordId: string, action: 'merge' | 'unmerge', changes: Record<string, [unknown, unknown]>) {
    this.stagedAudit.push({ entity, recordId, action, changes });
  }

  /** Mutation boundaries: keep or drop what the current mutation staged. */
  keep() {
    for (const [key, value] of this.staged) this.dirty.set(key, value);
    this.audit.push(...this.stagedAudit);
    this.drop();
  }

  drop() {
    this.staged = new Map();
    this.stagedAudit = [];
  }

  dirtyRows(): { entity: EntityName; row: Row }[] {
    return [...this.dirty.values()];
  }

  private stage(entity: EntityName, row: Row, action: AuditEntry['action'], before: Row | undefined) {
    this.staged.set(`${entity}:${row.id}`, { entity, row });
    this.stagedAudit.push({ entity, recordId: row.id, action, changes: rowDiff(before, row) });
  }

  private remember(entity: EntityName, row: Row) {
    const key: Key = `${entity}:${row.id}`;
    if (row.workspaceId === this.workspaceId) this.loaded.set(key, row);
    else {
      this.foreign.add(key);
      this.loaded.set(key, null);
    }
  }
}
