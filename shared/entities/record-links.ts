import { z } from 'zod';
import { IdSchema } from './base';

/**
 * What an activity, task, appointment, note or file is about: the records whose timelines show
 * it. Carried on the record (so the client's cache can index it) and kept in one link table on
 * the server (`timeline_links`, maintained by triggers), never as one foreign key per target.
 * Opportunities and projects join here when they exist.
 */
export const RecordLinksSchema = z.object({
  companyIds: z.array(IdSchema).max(100),
  contactIds: z.array(IdSchema).max(100),
});
export type RecordLinks = z.infer<typeof RecordLinksSchema>;

/** Stored link arrays (what `RecordLinksSchema` produces). */
export const StoredLinksSchema = z.object({ companyIds: z.array(z.string()), contactIds: z.array(z.string()) });

/** Users taking part (an activity's or appointment's participants besides contacts). */
export const UserIdsSchema = z.array(IdSchema).max(50);

/** A time of day as `HH:MM` (24-hour). */
export const TimeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'errors.field.time');

/** A moment as milliseconds since the epoch, within years 1970–2200. */
export const EpochMsSchema = z.number().int('errors.field.wholeMs').min(0).max(7_258_118_400_000);
