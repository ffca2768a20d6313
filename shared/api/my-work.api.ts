import { z } from 'zod';
import { AppointmentSchema } from '../entities/appointment';
import { IdSchema } from '../entities/base';
import { IsoDateSchema } from '../entities/company-summaries';
import { TaskSchema } from '../entities/task';
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
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from < q.to, {
    message: 'errors.myWork.fromBeforeTo',
    path: ['from'],
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.to - q.from <= 62 * DAY, {
    message: 'errors.myWork.windowTooLong',
    path: ['to'],
  });

export const MyWorkSchema = z.object({
  today: IsoDateSchema,
  tasks: z.array(TaskSchema.extend({ overdue: z.boolean() })),
  appointments: z.array(AppointmentSchema),
  window: z.object({ from: z.number(), to: z.number() }),
});
export type MyWork = z.infer<typeof MyWorkSchema>;

export const myWorkApi = {
  get: defineOperation({
    method: 'get',
    path: '/api/my-work',
    summary: 'Open tasks of one or more users (overdue first) and their appointments in a window (the agenda)',
    tags: ['timeline'],
    request: { query: MyWorkQuery },
    responses: { 200: jsonAnswer(MyWorkSchema) },
  }),
};
