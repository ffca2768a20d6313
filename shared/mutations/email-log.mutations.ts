import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { EmailLogFieldsSchema } from '../entities/email-log';
import { emailLogId } from '../mail/email-log-id';
import { defineMutation } from './mutation';
import { canSee } from '../visibility/can-see';
import { blockedByContacts, requireVisibleEmailLog, settleEmailBlocks } from './email-log-blocking';
import { noLiveRecord, recordNotFound } from './error-text';
import { MutationError } from './mutation-error';
import { requireAdmin } from './require-admin';
import type { MutationStore } from './mutation-store';
import { requireLive } from './require-live';

async function requireLiveAll(store: MutationStore, entity: 'contact' | 'company', ids: string[], field: string) {
  for (const id of ids) {
    const row = await store.get(entity, id);
    if (!row || row.deletedAt !== null) throw new MutationError('invalid', noLiveRecord(entity, id), field);
  }
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * Links a message to contacts and companies. The id is the message's (emailLogId), so logging it
 * again, from anywhere, only adds the new links: the first logged copy of subject and text stays,
 * except that a whole body someone chose to keep fills one that was logged without it. Linking it
 * to a contact whose e-mails are blocked blocks it; only admins may, as the e-mail would then be
 * hidden from the member writing it.
 */
export const emailLogLog = defineMutation({
  args: EmailLogFieldsSchema.extend({ id: IdSchema }).refine((a) => a.contactIds.length + a.companyIds.length > 0, {
    message: 'errors.emailLog.noLink',
    path: ['contactIds'],
  }),
  async run(store, args, ctx) {
    if (args.id !== emailLogId(ctx.workspaceId, args.messageKey)) {
      throw new MutationError('invalid', { key: 'errors.emailLog.wrongId' }, 'id');
    }
    const current = await store.get('emailLog', args.id);
    if (current && !canSee('emailLog', current, ctx)) throw new MutationError('notFound', recordNotFound('emailLog', args.id));
    await requireLiveAll(store, 'contact', args.contactIds, 'contactIds');
    await requireLiveAll(store, 'company', args.companyIds, 'companyIds');
    const linksBlocked = await blockedByContacts(store, args.contactIds, false);
    if (linksBlocked && ctx.role !== 'admin') {
      throw new MutationError('forbidden', { key: 'errors.admin.logBlocked' }, 'contactIds');
    }
    const blocked = current?.blocked === true || linksBlocked;
    if (!current) {
      const { id, ...fields } = args;
      await store.insert('emailLog', id, { ...fields, blocked });
      return;
    }
    if (current.deletedAt !== null) await store.restore('emailLog', args.id);
    const contactIds = union(current.contactIds, args.contactIds);
    const companyIds = union(current.companyIds, args.companyIds);
    const addsBody = current.body === null && args.body !== null;
    const blocks = blocked !== (current.blocked === true);
    if (
      addsBody ||
      blocks ||
      contactIds.length !== current.contactIds.length ||
      companyIds.length !== current.companyIds.length
    ) {
      await store.update('emailLog', args.id, {
        contactIds,
        companyIds,
        ...(addsBody && { body: args.body }),
        ...(blocks && { blocked }),
      });
    }
  },
  affects: (args) => [{ entity: 'emailLog', id: args.id }],
});

/**
 * Takes a logged e-mail off one contact or company; with no links left it goes away. Off the
 * blocked contact it came from, it is hidden no longer (unless another of its contacts is blocked).
 */
export const emailLogUnlink = defineMutation({
  args: z.object({ id: IdSchema, contactId: IdSchema.optional(), companyId: IdSchema.optional() }),
  async run(store, { id, contactId, companyId }, ctx) {
    const current = await requireVisibleEmailLog(store, id, ctx);
    const contactIds = current.contactIds.filter((c) => c !== contactId);
    const companyIds = current.companyIds.filter((c) => c !== companyId);
    if (contactIds.length + companyIds.length === 0) return store.softDelete('emailLog', id);
    const blocked = current.blocked === true && (await blockedByContacts(store, contactIds, true));
    await store.update('emailLog', id, { contactIds, companyIds, ...(blocked !== (current.blocked === true) && { blocked }) });
  },
  affects: (args) => [{ entity: 'emailLog', id: args.id }],
});

/**
 * Blocks (or unblocks) access to a contact's logged e-mails: from then on only admins see them.
 * The flag is set on the e-mails themselves (so the block outlives the contact); unblocking clears
 * it unless another contact of the e-mail is blocked. Changed e-mails are re-sent by every client's
 * next pull, as they may now be seen or not.
 */
export const contactSetEmailAccess = defineMutation({
  args: z.object({ id: IdSchema, blocked: z.boolean() }),
  async run(store, { id, blocked }, ctx) {
    requireAdmin(ctx);
    const contact = await requireLive(store, 'contact', id);
    if (contact.emailsBlocked !== blocked) await store.update('contact', id, { emailsBlocked: blocked });
    // Settled even when the contact already says so: an e-mail out of step (older data) is set right.
    await settleEmailBlocks(store, await store.emailLogsOfContact(id));
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});
