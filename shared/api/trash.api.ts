import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { OkSchema, defineOperation, jsonAnswer } from './operation';

/** What can be in the trash: the record types and the customer timeline's items. */
export const TRASH_ENTITIES = ['company', 'contact', 'activity', 'task', 'appointment', 'note'] as const;
export const TrashEntitySchema = z.enum(TRASH_ENTITIES);
export type TrashEntity = z.infer<typeof TrashEntitySchema>;

const TrashParams = z.object({ entity: TrashEntitySchema, id: IdSchema });

/** A deleted record as the trash lists it: its name, and who deleted it when (from the audit log). */
export const TrashItemSchema = z.object({
  entity: TrashEntitySchema,
  id: z.string(),
  title: z.string(),
  deletedAt: z.number().int(),
  /** Null only for a record deleted before the audit log named its writer. */
  deletedBy: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
});
export type TrashItem = z.infer<typeof TrashItemSchema>;

/** The trash: deleted records and timeline items, and bringing them back. */
export const trashApi = {
  list: defineOperation({
    method: 'get',
    path: '/api/trash',
    summary: 'Deleted records of one type, newest first, at most 500 (admins; a private note only for its author)',
    tags: ['trash'],
    request: { query: z.object({ entity: TrashEntitySchema.default('company') }) },
    responses: { 200: jsonAnswer(z.object({ items: z.array(TrashItemSchema) })) },
  }),
  item: defineOperation({
    method: 'get',
    path: '/api/trash/{entity}/{id}',
    summary: 'One deleted record: who deleted it and when (anyone who may see it; 404 when it is not in the trash)',
    tags: ['trash'],
    request: { params: TrashParams },
    responses: { 200: jsonAnswer(z.object({ item: TrashItemSchema })) },
  }),
  restore: defineOperation({
    method: 'post',
    path: '/api/trash/{entity}/{id}/restore',
    summary: 'Restore from the trash (admins); a record merged into another is a 409',
    tags: ['trash'],
    request: { params: TrashParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
