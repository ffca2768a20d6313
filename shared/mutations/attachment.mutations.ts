import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { defineMutation } from './mutation';
import { noLiveRecord } from './error-text';
import { MutationError } from './mutation-error';
import { requireAbsent } from './require-live';
import { softDeleteMutation } from './soft-delete.mutation';
import { requireLiveLinks } from './timeline-rules';

const Links = z.array(IdSchema).max(50);

export const AttachmentCreateArgs = z
  .object({
    id: IdSchema,
    fileName: z.string().trim().min(1, 'errors.field.required').max(255),
    contentType: z.string().min(1).max(200),
    size: z.number().int().positive(),
    blobKey: z.string().min(1).max(300),
    companyIds: Links,
    contactIds: Links,
    activityIds: Links,
  })
  .refine((a) => a.companyIds.length + a.contactIds.length + a.activityIds.length > 0, {
    message: 'errors.attachment.noLink',
    path: ['companyIds'],
  });

/** The prefix every stored file of this attachment has (server/files/files.routes.ts names them so). */
export const attachmentBlobPrefix = (workspaceId: string, id: string) => `${workspaceId}.file-${id}.`;

/**
 * The row of a file whose bytes the server has just stored and checked (`POST /api/files`).
 * Server only: a push of it is refused as forbidden. The size and type on the row are what the
 * upload verified against the bytes; a client could claim anything, and could name a key whose
 * bytes it never sent (nothing here can see the blob store). Clients need it no more than that:
 * uploading needs the network anyway. The key check below is a second line, not the gate.
 */
export const attachmentCreate = defineMutation({
  args: AttachmentCreateArgs,
  serverOnly: true,
  async run(store, { id, ...fields }, ctx) {
    if (!fields.blobKey.startsWith(attachmentBlobPrefix(ctx.workspaceId, id))) {
      throw new MutationError('invalid', { key: 'errors.attachment.notStored' }, 'blobKey');
    }
    await requireAbsent(store, 'attachment', id);
    await requireLiveLinks(store, fields);
    for (const activityId of fields.activityIds) {
      const activity = await store.get('activity', activityId);
      if (!activity || activity.deletedAt !== null) {
        throw new MutationError('invalid', noLiveRecord('activity', activityId), 'activityIds');
      }
    }
    await store.insert('attachment', id, fields);
  },
  affects: (args) => [{ entity: 'attachment', id: args.id }],
});

export const attachmentDelete = softDeleteMutation('attachment', 'anyone');
