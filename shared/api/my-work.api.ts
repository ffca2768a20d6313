import { z } from 'zod';
import { AppointmentSchema } from '../entities/appointment';
import { IdSchema } from '../entities/base';
import { IsoDateSchema } from '../entities/company-summaries';
import { TaskSchema } from '../entities/task';
import { AppointmentStatusFilterSchema, TaskStatusFilterSchema } from '../timeline/status-filter';
import { defineOperation, jsonAnswer } from './operation';

const DAY = 86_400_000;

export const MyWorkQuery = z
  .object({
    /** Whose work: comma-separated user ids of this workspace; the caller when left out. */
    userIds: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(IdSchema).min(1).max(50))
      .optional(),
    /** The agenda's window (epoch ms); the coming seven days when left out. */
    from: z.coerce.number().int().optional(),
    to: z.coerce.number().int().optional(),
    /** The caller's today, for what is overdue (their time zone, not the server's). */
    today: IsoDateSchema.optional(),
    /** Tasks still to do (the default) or done ones; appointments of every status when left out. */
    taskStatus: TaskStatusFilterSchema.default('open'),
    appointmentStatus: AppointmentStatusFilterSchema.optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
    message: 'errors.myWork.fromBeforeTo',
    path: ['from'],
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.to - q.from <= 62 * DAY, {
    message: 'errors.myWork.windowTooLong',
    path: ['to'],
  });

/** The company or person a task is about, named, so the row can say whose it is and link to the card. */
export const TaskRecordSchema = z.object({ kind: z.enum(['company', 'contact']), id: z.string(), name: z.string() });
export type TaskRecord = z.infer<typeof TaskRecordSchema>;

export const MyWorkSchema = z.object({
  today: IsoDateSchema,
  tasks: z.array(TaskSchema.extend({ overdue: z.boolean(), record: TaskRecordSchema.nullable() })),
  appointments: z.array(AppointmentSchema),
  window: z.object({ from: z.number(), to: z.number() }),
});
export type MyWork = z.infer<typeof MyWorkSchema>;

export const myWorkApi = {
  get: defineOperation({
    method: 'get',
    path: '/api/my-work',
    summary:
      'Open (or done) tasks of one or more users (overdue first), each with the record it is about named, and their appointments in a window (the agenda)',
    tags: ['timeline'],
    request: { query: MyWorkQuery },
    responses: { 200: jsonAnswer(MyWorkSchema) },
  }),
};
