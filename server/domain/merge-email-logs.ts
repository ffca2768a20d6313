import { and, eq, sql } from 'drizzle-orm';
import type { EmailLog } from '../../shared/entities/email-log';
import type { MergeEntity } from '../../shared/duplicates/merge-values';
import { settleEmailBlocks } from '../../shared/mutations/email-log-blocking';
import { canSee } from '../../shared/visibility/can-see';
import { emailLogs } from '../db/schema';
import type { WriteTx } from '../db/write-transaction';
import type { AuthContext } from '../deps';
import { AppError } from '../http/app-error';
import type { BatchStore } from './batch-store';

/** A logged e-mail a merge moved from the merged record to the survivor; `hadSurvivor`: linked to both before. */
export type MovedEmailLog = { id: string; hadSurvivor: boolean };

type Linked = { id: string; emailsBlocked?: unknown };

const columnOf = (entity: MergeEntity) => (entity === 'contact' ? 'contactIds' : 'companyIds');

/** Logged e-mails linked to a record, deleted ones too, as the store holds them now. */
async function emailLogsOf(store: BatchStore, tx: WriteTx, auth: AuthContext, entity: MergeEntity, id: string) {
  const column = entity === 'contact' ? emailLogs.contactIds : emailLogs.companyIds;
  const ids = await tx.db
    .select({ id: emailLogs.id })
    .from(emailLogs)
    .where(and(eq(emailLogs.workspaceId, auth.workspaceId), sql`instr(${column}, ${JSON.stringify(id)}) > 0`));
  const rows = await Promise.all(ids.map((r) => store.get('emailLog', r.id)));
  return rows.filter((r): r is EmailLog => r !== undefined && r[columnOf(entity)].includes(id));
}

/**
 * A merge (or its undo) rewrites the e-mails of both records and may pass a contact's block on:
 * that is the admins' when either contact's e-mails are blocked or an e-mail is hidden from the
 * caller, as a member may not write to what they may not see.
 */
function requireMayMoveEmailLogs(auth: AuthContext, records: Linked[], logs: EmailLog[]) {
  if (auth.role === 'admin') return;
  if (records.some((r) => r.emailsBlocked === true) || logs.some((l) => !canSee('emailLog', l, auth))) {
    throw new AppError(403, 'forbidden', { key: 'errors.admin.mergeHiddenEmails' });
  }
}

/**
 * Moves the merged record's logged e-mails to the survivor. E-mails keep their block, and the
 * survivor, which took the merged contact's block with its fields, hides its own e-mails too.
 */
export async function moveEmailLogs(
  store: BatchStore,
  tx: WriteTx,
  auth: AuthContext,
  entity: MergeEntity,
  survivor: Linked,
  other: Linked,
): Promise<MovedEmailLog[]> {
  const column = columnOf(entity);
  const logs = await emailLogsOf(store, tx, auth, entity, other.id);
  requireMayMoveEmailLogs(auth, [survivor, other], [...logs, ...(await emailLogsOf(store, tx, auth, entity, survivor.id))]);
  const moved: MovedEmailLog[] = [];
  for (const log of logs) {
    const hadSurvivor = log[column].includes(survivor.id);
    const links = hadSurvivor
      ? log[column].filter((x) => x !== other.id)
      : log[column].map((x) => (x === other.id ? survivor.id : x));
    await store.update('emailLog', log.id, { [column]: links });
    moved.push({ id: log.id, hadSurvivor });
  }
  if (entity === 'contact') await settleEmailBlocks(store, await emailLogsOf(store, tx, auth, entity, survivor.id));
  return moved;
}

/** Gives the merged record back the e-mails the merge moved (those still on the survivor), then settles both records' blocks. */
export async function returnEmailLogs(
  store: BatchStore,
  tx: WriteTx,
  auth: AuthContext,
  entity: MergeEntity,
  survivor: Linked,
  other: Linked,
  moved: MovedEmailLog[],
) {
  const column = columnOf(entity);
  const logs = (await Promise.all(moved.map((m) => store.get('emailLog', m.id)))).filter((l): l is EmailLog => l !== undefined);
  requireMayMoveEmailLogs(auth, [survivor, other], [...logs, ...(await emailLogsOf(store, tx, auth, entity, survivor.id))]);
  for (const m of moved) {
    const log = logs.find((l) => l.id === m.id);
    if (!log || !log[column].includes(survivor.id) || log[column].includes(other.id)) continue;
    const links = m.hadSurvivor ? [...log[column], other.id] : log[column].map((x) => (x === survivor.id ? other.id : x));
    await store.update('emailLog', m.id, { [column]: links });
  }
  if (entity === 'contact') {
    const touched = [
      ...(await emailLogsOf(store, tx, auth, entity, survivor.id)),
      ...(await emailLogsOf(store, tx, auth, entity, other.id)),
    ];
    await settleEmailBlocks(store, [...new Map(touched.map((l) => [l.id, l])).values()]);
  }
}
