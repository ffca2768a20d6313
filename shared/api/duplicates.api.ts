import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { MergeRequestSchema } from '../duplicates/merge-values';
import { IdParams, defineOperation, jsonAnswer, jsonBody } from './operation';

const EntitySchema = z.enum(['company', 'contact']);

export const DuplicatePairsQuery = z.object({
  entity: EntitySchema,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ContactDuplicateProbe = z.object({
  firstName: z.string().max(100).optional(),
  lastName: z.string().max(100).optional(),
  email: z.string().max(320).optional(),
  phone: z.string().max(50).optional(),
  excludeId: IdSchema.optional(),
});
export const MergeBody = MergeRequestSchema.extend({ entity: EntitySchema, survivorId: IdSchema });
export const MergeListQuery = z.object({ entity: EntitySchema, survivorId: IdSchema });

const Named = z.object({ id: z.string(), name: z.string() });
export const DuplicatePairSchema = z.object({
  a: Named,
  b: Named,
  reasons: z.array(z.enum(['orgNumber', 'domain', 'email', 'phone', 'name'])),
  /** One per shared channel, a name its similarity (below one). */
  score: z.number(),
});
export type DuplicatePair = z.infer<typeof DuplicatePairSchema>;

export const ContactDuplicateSchema = z.object({
  contact: z.object({ id: z.string(), firstName: z.string(), lastName: z.string().nullable(), email: z.string().nullable() }),
  reasons: z.array(z.enum(['email', 'phone', 'name'])),
  score: z.number(),
});

/** One merge into a record, as its history lists it. */
export const MergeEntrySchema = z.object({
  id: z.string(),
  mergedId: z.string(),
  at: z.number().int(),
  user: z.object({ id: z.string(), name: z.string().nullable() }),
  undoneAt: z.number().int().nullable(),
});
export type MergeEntry = z.infer<typeof MergeEntrySchema>;

const tags = ['duplicates'];

/** The "find duplicates" view, the contact check before a create, and merging (and unmerging) duplicates. */
export const duplicatesApi = {
  pairs: defineOperation({
    method: 'get',
    path: '/api/duplicates',
    summary: 'Likely duplicate pairs, strongest first (same org number, domain, e-mail or phone; very similar names)',
    tags,
    request: { query: DuplicatePairsQuery },
    responses: { 200: jsonAnswer(z.object({ pairs: z.array(DuplicatePairSchema) })) },
  }),
  contact: defineOperation({
    method: 'get',
    path: '/api/duplicates/contact',
    summary: 'Existing contacts with the same e-mail or phone, or the same name: checked before creating one',
    tags,
    request: { query: ContactDuplicateProbe },
    responses: { 200: jsonAnswer(z.object({ matches: z.array(ContactDuplicateSchema) })) },
  }),
  merge: defineOperation({
    method: 'post',
    path: '/api/merges',
    summary: 'Merge otherId into survivorId, picking per field whose value to keep; links, summaries and history move',
    tags,
    request: { body: jsonBody(MergeBody) },
    responses: {
      201: jsonAnswer(
        z.object({
          mergeId: z.string(),
          /** The survivor's fields that took the other's value. */
          changed: z.array(z.string()),
          moved: z.number().int(),
          dropped: z.number().int(),
        }),
        'Merged',
      ),
    },
  }),
  merges: defineOperation({
    method: 'get',
    path: '/api/merges',
    summary: 'Merges into a record, newest first (undone ones included)',
    tags,
    request: { query: MergeListQuery },
    responses: { 200: jsonAnswer(z.object({ items: z.array(MergeEntrySchema) })) },
  }),
  undo: defineOperation({
    method: 'post',
    path: '/api/merges/{id}/undo',
    summary: 'Undo a merge: the merged record and what moved come back (fields changed since keep their newer value)',
    tags,
    request: { params: IdParams },
    responses: {
      200: jsonAnswer(z.object({ restoredId: z.string(), keptFields: z.array(z.string()) })),
    },
  }),
};
