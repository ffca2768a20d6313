import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { recordTypes, type RecordTypeName } from '../records/record-types';
import { OkSchema, defineOperation, jsonAnswer } from './operation';

/** `company`, `contact`, …: every record type of the registry. */
export const RecordTypeNameSchema = z.enum(Object.keys(recordTypes) as [RecordTypeName, ...RecordTypeName[]]);
const RecordParams = z.object({ entity: RecordTypeNameSchema, id: IdSchema });

export const HistoryRange = z.object({ from: z.coerce.number().int().optional(), to: z.coerce.number().int().optional() });

/** One changed field of one write (or the write itself, when it changed no field). */
export const HistoryEntrySchema = z.object({
  /** The record the line was written on: this one, or one merged into it. */
  recordId: z.string(),
  at: z.number().int(),
  action: z.string(),
  channel: z.string(),
  user: z.object({ id: z.string(), name: z.string().nullable() }),
  field: z.string().nullable(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** A deleted record of any type, as it was stored. */
export const TrashItemSchema = z.union([recordTypes.company.schema, recordTypes.contact.schema]);

/** What every record type has beside its list: the trash and the history. */
export const recordsApi = {
  trash: defineOperation({
    method: 'get',
    path: '/api/trash',
    summary: 'Deleted records of one type, newest first, at most 500 (admins)',
    tags: ['trash'],
    request: { query: z.object({ entity: RecordTypeNameSchema.default('company') }) },
    responses: { 200: jsonAnswer(z.object({ items: z.array(TrashItemSchema) })) },
  }),
  restore: defineOperation({
    method: 'post',
    path: '/api/trash/{entity}/{id}/restore',
    summary: 'Restore from the trash (admins); a record merged into another is a 409',
    tags: ['trash'],
    request: { params: RecordParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
  history: defineOperation({
    method: 'get',
    path: '/api/history/{entity}/{id}',
    summary: 'Change history of a record and the records merged into it, newest first (deleted records too)',
    tags: ['history'],
    request: { params: RecordParams, query: HistoryRange },
    responses: {
      200: jsonAnswer(
        z.object({
          entries: z.array(HistoryEntrySchema),
          /** What each id in the values is called (list values, members, companies, custom fields), deleted ones included. */
          names: z.record(z.string(), z.string()),
        }),
      ),
    },
  }),
};
