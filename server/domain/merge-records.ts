import { and, eq, inArray, isNull, type AnyColumn } from 'drizzle-orm';
import type { EntityName } from '../../shared/entities/registry';
import { MERGE_FIELDS, mergedValues, type MergeEntity, type MergeRequest } from '../../shared/duplicates/merge-values';
import { newId } from '../../shared/ids';
import { entityText, noLiveRecord } from '../../shared/mutations/error-text';
import { MutationError } from '../../shared/mutations/mutation-error';
import { agreements, companies, contactCompanies, invoices, mailingRecipients, merges } from '../db/schema';
import type { WriteTx } from '../db/write-transaction';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import type { BatchStore } from './batch-store';
import { moveEmailLogs, returnEmailLogs, type MovedEmailLog } from './merge-email-logs';
import { runInBatch } from './run-in-batch';

type Row = Record<string, unknown> & { id: string; deletedAt: number | null };

/** Records that point at the merged record and move to the survivor, with the field that points. */
const MOVERS: Record<MergeEntity, { entity: EntityName; column: string; unique?: string }[]> = {
  company: [
    // A contact already linked to the survivor keeps that link; the merged record's link is dropped.
    { entity: 'contactCompany', column: 'companyId', unique: 'contactId' },
    { entity: 'agreement', column: 'companyId' },
    { entity: 'invoice', column: 'companyId' },
    { entity: 'company', column: 'parentId' },
  ],
  contact: [{ entity: 'contactCompany', column: 'contactId', unique: 'companyId' }],
};

const TABLES = { contactCompany: contactCompanies, agreement: agreements, invoice: invoices, company: companies } as const;

/** What an undo needs: the survivor's fields before and after, and every record the merge moved or dropped. */
export type MergeUndo = {
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  moved: { entity: EntityName; id: string; column: string }[];
  dropped: { entity: EntityName; id: string }[];
  mailings: string[];
  /** The merged record's customer number, handed to the survivor that had none. */
  customerNumber: number | null;
  /** Logged e-mails moved to the survivor (absent in merges made before e-mails moved). */
  emailLogs?: MovedEmailLog[];
};

async function liveRow(store: BatchStore, entity: MergeEntity, id: string, field: string): Promise<Row> {
  const row = (await store.get(entity, id)) as Row | undefined;
  if (!row || row.deletedAt !== null) throw new MutationError('invalid', noLiveRecord(entity, id), field);
  return row;
}

/** Ids of the live records whose `column` points at `id`. */
async function pointingAt(tx: WriteTx, entity: EntityName, column: string, id: string, workspaceId: string) {
  const table = TABLES[entity as keyof typeof TABLES];
  const col = (table as unknown as Record<string, AnyColumn>)[column]!;
  const rows = await tx.db
    .select({ id: table.id })
    .from(table)
    .where(and(eq(col, id), eq(table.workspaceId, workspaceId), isNull(table.deletedAt)));
  return rows.map((r) => r.id);
}

/** The survivor and its parents up the tree: a unit moved under the survivor must not be one of them. */
async function ancestors(store: BatchStore, id: string): Promise<Set<string>> {
  const out = new Set<string>();
  for (let current: string | null = id; current && !out.has(current) && out.size < 100;) {
    out.add(current);
    current = (((await store.get('company', current)) as Row | undefined)?.parentId as string | null) ?? null;
  }
  return out;
}

/**
 * Merges `otherId` into `survivorId`: the survivor takes the picked values, the records pointing at
 * the other move to the survivor, the other goes to the trash, and the survivor's history notes it.
 * One transaction; the merge row keeps what an undo needs.
 */
export async function mergeRecords(deps: Deps, auth: AuthContext, entity: MergeEntity, survivorId: string, req: MergeRequest) {
  const known = new Set<string>([...MERGE_FIELDS[entity].single, ...MERGE_FIELDS[entity].lists]);
  const unknown = Object.keys(req.picks).find((f) => !known.has(f));
  if (unknown) throw new AppError(400, 'invalid', { key: 'errors.merge.unknownPick', values: { field: unknown } });
  if (req.otherId === survivorId) throw new AppError(400, 'invalid', { key: 'errors.merge.withItself' });
  const { result } = await runInBatch(deps, auth, async (store, tx, now) => {
    const survivor = (await store.get(entity, survivorId)) as Row | undefined;
    if (!survivor || survivor.deletedAt !== null)
      throw new AppError(404, 'notFound', { key: 'errors.record.noSuch', values: { entity: entityText(entity) } });
    const other = await liveRow(store, entity, req.otherId, 'otherId');

    const after = mergedValues(entity, survivor, other, req.picks);
    if (entity === 'contact') {
      const emails = (after.emails ?? survivor.emails) as { address: string }[];
      const phones = (after.phones ?? survivor.phones) as { number: string }[];
      if (after.emails) after.email = emails[0]?.address ?? null;
      if (after.phones) after.phone = phones[0]?.number ?? null;
      // A block on the merged contact's e-mails is never lost to a merge: the survivor takes it.
      if (other.emailsBlocked === true && survivor.emailsBlocked !== true) after.emailsBlocked = true;
    }
    if (entity === 'company') {
      // The merged record leaves the tree: its place as the survivor's parent goes to its own parent,
      // and no pick may hang the survivor under itself or one of its units.
      let parent = ('parentId' in after ? after.parentId : survivor.parentId) as string | null;
      if (parent === other.id) parent = other.parentId as string | null;
      if (parent && (await ancestors(store, parent)).has(survivorId)) parent = null;
      if (parent !== survivor.parentId) after.parentId = parent;
      else delete after.parentId;
    }
    let customerNumber: number | null = null;
    if (survivor.customerNumber == null && other.customerNumber != null) {
      customerNumber = other.customerNumber as number;
      await store.update(entity, other.id, { customerNumber: null } as never);
      after.customerNumber = customerNumber;
    }
    const before = Object.fromEntries(Object.keys(after).map((k) => [k, survivor[k] ?? null]));
    if (Object.keys(after).length > 0) await store.update(entity, survivorId, after as never);

    const moved: MergeUndo['moved'] = [];
    const dropped: MergeUndo['dropped'] = [];
    const keepUnder = entity === 'company' ? await ancestors(store, survivorId) : new Set<string>();
    for (const mover of MOVERS[entity]) {
      const ids = await pointingAt(tx, mover.entity, mover.column, other.id, auth.workspaceId);
      const taken = mover.unique
        ? new Set(
            (
              await Promise.all(
                (await pointingAt(tx, mover.entity, mover.column, survivorId, auth.workspaceId)).map((id) =>
                  store.get(mover.entity, id),
                ),
              )
            ).map((r) => (r as Row | undefined)?.[mover.unique!]),
          )
        : new Set();
      for (const id of ids) {
        if (mover.entity === entity && id === survivorId) continue;
        const row = (await store.get(mover.entity, id)) as Row;
        if (mover.unique && taken.has(row[mover.unique])) {
          await store.softDelete(mover.entity, id);
          dropped.push({ entity: mover.entity, id });
        } else if (mover.column === 'parentId' && keepUnder.has(id)) {
          continue; // the survivor sits under this unit: moving it under the survivor would make a loop
        } else {
          await store.update(mover.entity, id, { [mover.column]: survivorId } as never);
          moved.push({ entity: mover.entity, id, column: mover.column });
        }
      }
    }
    const emailLogs = await moveEmailLogs(store, tx, auth, entity, survivor, other);
    const mailColumn = entity === 'company' ? mailingRecipients.companyId : mailingRecipients.contactId;
    const mailings = (
      await tx.db
        .select({ id: mailingRecipients.id })
        .from(mailingRecipients)
        .where(and(eq(mailColumn, other.id), eq(mailingRecipients.workspaceId, auth.workspaceId)))
    ).map((r) => r.id);
    if (mailings.length > 0) {
      await tx.db
        .update(mailingRecipients)
        .set({ [entity === 'company' ? 'companyId' : 'contactId']: survivorId })
        .where(inArray(mailingRecipients.id, mailings));
    }

    await store.softDelete(entity, other.id);
    const mergeId = newId();
    const name = entity === 'company' ? other.name : [other.firstName, other.lastName].filter(Boolean).join(' ');
    store.note(entity, survivorId, 'merge', { mergedFrom: [null, { id: other.id, name, mergeId }] });
    store.keep();
    const undo: MergeUndo = { before, after, moved, dropped, mailings, customerNumber, emailLogs };
    await tx.db.insert(merges).values({
      id: mergeId,
      workspaceId: auth.workspaceId,
      entity,
      survivorId,
      mergedId: other.id,
      userId: auth.userId,
      at: now,
      undo,
    });
    return { mergeId, changed: Object.keys(after), moved: moved.length, dropped: dropped.length };
  });
  return result;
}

/**
 * Takes a merge back: the merged record returns from the trash with what moved to the survivor,
 * and the survivor's fields go back where nobody changed them since. Fields changed after the
 * merge keep their newer value and are reported.
 */
export async function undoMerge(deps: Deps, auth: AuthContext, mergeId: string) {
  const [merge] = await deps.db
    .select()
    .from(merges)
    .where(and(eq(merges.id, mergeId), eq(merges.workspaceId, auth.workspaceId)));
  if (!merge) throw new AppError(404, 'notFound', { key: 'errors.notFound.merge' });
  if (merge.undoneAt !== null) throw new AppError(409, 'conflict', { key: 'errors.merge.undone' });
  const entity = merge.entity;
  const undo = merge.undo as unknown as MergeUndo;
  const { result } = await runInBatch(deps, auth, async (store, tx, now) => {
    const survivor = (await store.get(entity, merge.survivorId)) as Row | undefined;
    const other = (await store.get(entity, merge.mergedId)) as Row | undefined;
    if (!survivor || !other) throw new AppError(404, 'notFound', { key: 'errors.merge.gone' });
    if (other.deletedAt === null) throw new AppError(409, 'conflict', { key: 'errors.merge.restored' });

    const revert: Record<string, unknown> = {};
    const kept: string[] = [];
    for (const [field, value] of Object.entries(undo.before)) {
      if (JSON.stringify(survivor[field] ?? null) === JSON.stringify(undo.after[field] ?? null)) revert[field] = value;
      else kept.push(field);
    }
    // The survivor gives the customer number back before the merged record takes it (unique per workspace).
    if (Object.keys(revert).length > 0) await store.update(entity, merge.survivorId, revert as never);
    await store.restore(entity, merge.mergedId);
    if (undo.customerNumber !== null && revert.customerNumber !== undefined) {
      await store.update(entity, merge.mergedId, { customerNumber: undo.customerNumber } as never);
    }
    for (const m of undo.moved) {
      const row = (await store.get(m.entity, m.id)) as Row | undefined;
      if (row && row[m.column] === merge.survivorId) await store.update(m.entity, m.id, { [m.column]: merge.mergedId } as never);
    }
    for (const d of undo.dropped) {
      const row = (await store.get(d.entity, d.id)) as Row | undefined;
      if (row && row.deletedAt !== null) await store.restore(d.entity, d.id);
    }
    await returnEmailLogs(store, tx, auth, entity, survivor, other, undo.emailLogs ?? []);
    if (undo.mailings.length > 0) {
      await tx.db
        .update(mailingRecipients)
        .set({ [entity === 'company' ? 'companyId' : 'contactId']: merge.mergedId })
        .where(inArray(mailingRecipients.id, undo.mailings));
    }
    store.note(entity, merge.survivorId, 'unmerge', { mergedFrom: [{ id: merge.mergedId, mergeId }, null] });
    store.keep();
    await tx.db.update(merges).set({ undoneAt: now, undoneBy: auth.userId }).where(eq(merges.id, mergeId));
    return { restoredId: merge.mergedId, keptFields: kept };
  });
  return result;
}
