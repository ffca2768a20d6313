import type { EmailLog } from '../entities/email-log';
import { canSee } from '../visibility/can-see';
import type { MutationContext } from './mutation';
import { recordNotFound } from './error-text';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';

/**
 * The logged e-mail, live and visible to the caller, or notFound: a write to an e-mail one may not
 * see is refused exactly like a write to one that does not exist, so its existence does not leak.
 */
export async function requireVisibleEmailLog(store: MutationStore, id: string, ctx: MutationContext): Promise<EmailLog> {
  const row = await store.get('emailLog', id);
  if (!row || row.deletedAt !== null || !canSee('emailLog', row, ctx))
    throw new MutationError('notFound', recordNotFound('emailLog', id));
  return row;
}

/**
 * Whether an e-mail linked to these contacts is the admins' alone: any of them blocked hides it. A
 * linked contact that is gone was purged while blocked (the purge takes the others' ids off the
 * e-mails), so it keeps the block the row already has.
 */
export async function blockedByContacts(store: MutationStore, contactIds: readonly string[], wasBlocked: boolean) {
  for (const id of contactIds) {
    const contact = await store.get('contact', id);
    if (contact ? contact.emailsBlocked : wasBlocked) return true;
  }
  return false;
}

/** Brings each e-mail's flag in line with its contacts; only e-mails whose flag changes are written, and so re-synced. */
export async function settleEmailBlocks(store: MutationStore, logs: readonly EmailLog[]) {
  for (const log of logs) {
    const was = log.blocked === true; // rows cached before the flag existed lack it
    const blocked = await blockedByContacts(store, log.contactIds, was);
    if (blocked !== was) await store.update('emailLog', log.id, { blocked });
  }
}
