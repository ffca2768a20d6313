import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { recordTypes, type RecordTypeName } from '../records/record-types';
import { defineOperation, jsonAnswer } from './operation';

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

/** What every record type has beside its list: the history (the trash is trash.api.ts). */
export const recordsApi = {
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
