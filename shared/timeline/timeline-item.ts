import { z } from 'zod';

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

/** A timeline entry: the kind, its id, when it sorts, and the record itself (or the history line). */
export const TimelineItemSchema = z.object({
  kind: TimelineKindSchema,
  id: z.string(),
  at: z.number().int(),
  record: z.unknown(),
});
export type TimelineItem = z.infer<typeof TimelineItemSchema>;
