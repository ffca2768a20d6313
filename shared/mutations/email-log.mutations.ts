import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { EmailLogFieldsSchema } from '../entities/email-log';
import { emailLogId } from '../mail/email-log-id';
import { defineMutation } from './mutation';
import { MutationError } from './mutation-error';
import { requireAdmin } from './require-admin';
import type { MutationStore } from './mutation-store';
import { requireLive } from './require-live';

async function requireLiveAll(store: MutationStore, entity: 'contact' | 'company', ids: string[], field: string) {
  for (const id of ids) {
    const row = await store.get(entity, id);
    if (!row || row.deletedAt !== null) throw new MutationError('invalid', `no live ${entity} ${id} in this workspace`, field);
  }
}

const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];

/**
 * Links a message to contacts and companies. The id is the message's (emailLogId), so logging it
 * again, from anywhere, only adds the new links: the first logged copy of subject and text stays,
 * except that a whole body someone chose to keep fills one that was logged without it.
 */
export const emailLogLog = defineMutation({
  args: EmailLogFieldsSchema.extend({ id: IdSchema }).refine((a) => a.contactIds.length + a.companyIds.length > 0, {
    message: 'link the e-mail to at least one contact or company',
    path: ['contactIds'],
  }),
  async run(store, args, ctx) {
    if (args.id !== emailLogId(ctx.workspaceId, args.messageKey)) {
      throw new MutationError('invalid', 'must be the id emailLogId gives for this message', 'id');
    }
    await requireLiveAll(store, 'contact', args.contactIds, 'contactIds');
    await requireLiveAll(store, 'company', args.companyIds, 'companyIds');
    const current = await store.get('emailLog', args.id);
    if (!current) {
      const { id, ...fields } = args;
      await store.insert('emailLog', id, fields);
      return;
    }
    if (current.deletedAt !== null) await store.restore('emailLog', args.id);
    const contactIds = union(current.contactIds, args.contactIds);
    const companyIds = union(current.companyIds, args.companyIds);
    const addsBody = current.body === null && args.body !== null;
    if (addsBody || contactIds.length !== current.contactIds.length || companyIds.length !== current.companyIds.length) {
      await store.update('emailLog', args.id, { contactIds, companyIds, ...(addsBody && { body: args.body }) });
    }
  },
  affects: (args) => [{ entity: 'emailLog', id: args.id }],
});

/** Takes a logged e-mail off one contact or company; with no links left it goes away. */
export const emailLogUnlink = defineMutation({
  args: z.object({ id: IdSchema, contactId: IdSchema.optional(), companyId: IdSchema.optional() }),
  async run(store, { id, contactId, companyId }) {
    const current = await requireLive(store, 'emailLog', id);
    const contactIds = current.contactIds.filter((c) => c !== contactId);
    const companyIds = current.companyIds.filter((c) => c !== companyId);
    if (contactIds.length + companyIds.length === 0) await store.softDelete('emailLog', id);
    else await store.update('emailLog', id, { contactIds, companyIds });
  },
  affects: (args) => [{ entity: 'emailLog', id: args.id }],
});

/**
 * Blocks (or unblocks) access to a contact's logged e-mails: from then on only admins see them.
 * The e-mails are touched too, so every client's next pull re-sends them as they may now be seen.
 */
export const contactSetEmailAccess = defineMutation({
  args: z.object({ id: IdSchema, blocked: z.boolean() }),
  async run(store, { id, blocked }, ctx) {
    requireAdmin(ctx);
    const contact = await requireLive(store, 'contact', id);
    if (contact.emailsBlocked === blocked) return;
    await store.update('contact', id, { emailsBlocked: blocked });
    for (const log of await store.emailLogsOfContact(id)) await store.update('emailLog', log.id, {});
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});
