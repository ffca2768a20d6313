import { z } from 'zod';
import { BaseRecordSchema, IdSchema, clearableText, storedText } from './base';
import { IsoDateSchema } from './company-summaries';
import { EpochMsSchema, RecordLinksSchema, StoredLinksSchema, TimeOfDaySchema } from './record-links';

export const TASK_STATUSES = ['open', 'inProgress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** Still to do: what "my open tasks" and the company counters count. */
export const OPEN_TASK_STATUSES = ['open', 'inProgress'] as const satisfies readonly TaskStatus[];
export const TASK_PRIORITIES = ['low', 'normal', 'high'] as const;

/**
 * Something someone has to do, by a date or not. A time needs a date, and a follow-up names the
 * activity or appointment it follows (checked by the mutations: zod object refinements would
 * stop partial updates).
 */
export const TaskFieldsSchema = z.object({
  title: z.string().trim().min(1, 'errors.field.required').max(300),
  description: clearableText(20_000),
  dueDate: IsoDateSchema.nullable(),
  dueTime: TimeOfDaySchema.nullable(),
  assigneeId: IdSchema.nullable(),
  status: z.enum(TASK_STATUSES),
  priority: z.enum(TASK_PRIORITIES),
  /** When to remind the assignee; null for no reminder. */
  remindAt: EpochMsSchema.nullable(),
  followUpOf: IdSchema.nullable(),
  ...RecordLinksSchema.shape,
});
export type TaskFields = z.infer<typeof TaskFieldsSchema>;

export const TaskSchema = BaseRecordSchema.extend({
  ...TaskFieldsSchema.shape,
  description: storedText,
  dueDate: z.string().nullable(),
  dueTime: z.string().nullable(),
  assigneeId: z.string().nullable(),
  followUpOf: z.string().nullable(),
  /** Set when the task is marked done, cleared when it is reopened. */
  completedAt: z.number().int().nullable(),
  ...StoredLinksSchema.shape,
});
export type Task = z.infer<typeof TaskSchema>;
