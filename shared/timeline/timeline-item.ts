import { z } from 'zod';
import { ActivitySchema } from '../entities/activity';
import { AppointmentSchema } from '../entities/appointment';
import { AttachmentSchema } from '../entities/attachment';
import { EmailLogSchema } from '../entities/email-log';
import { NoteSchema } from '../entities/note';
import { TaskSchema } from '../entities/task';

/** What a card's timeline merges, each a filter the user can switch off. */
export const TIMELINE_KINDS = ['activity', 'task', 'appointment', 'note', 'email', 'file', 'history'] as const;
export const TimelineKindSchema = z.enum(TIMELINE_KINDS);
export type TimelineKind = z.infer<typeof TimelineKindSchema>;

/** One line of the record's history (an audit entry: who changed what, through which channel). */
export const HistoryItemSchema = z.object({
  action: z.string(),
  channel: z.string(),
  user: z.object({ id: z.string(), name: z.string().nullable() }),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});
export type HistoryItem = z.infer<typeof HistoryItemSchema>;

const entry = <K extends TimelineKind, R extends z.ZodType>(kind: K, record: R) =>
  z.object({ kind: z.literal(kind), id: z.string(), at: z.number().int(), record });

/** A timeline entry: the kind, its id, when it sorts, and the record of that kind (or the history line). */
export const TimelineItemSchema = z.discriminatedUnion('kind', [
  entry('activity', ActivitySchema),
  entry('task', TaskSchema),
  entry('appointment', AppointmentSchema),
  entry('note', NoteSchema),
  entry('email', EmailLogSchema),
  entry('file', AttachmentSchema),
  entry('history', HistoryItemSchema),
]);
export type TimelineItem = z.infer<typeof TimelineItemSchema>;
