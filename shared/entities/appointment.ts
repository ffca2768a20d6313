import { z } from 'zod';
import { BaseRecordSchema, clearableText, storedText } from './base';
import { EpochMsSchema, RecordLinksSchema, StoredLinksSchema, UserIdsSchema } from './record-links';

export const APPOINTMENT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number];

const webLink = clearableText(2_000).refine((s) => s === null || /^https:\/\/\S+$/i.test(s), {
  message: 'errors.field.httpsLink',
});

/** A meeting in the calendar: when, where (or which video link), with whom. */
export const AppointmentFieldsSchema = z.object({
  title: z.string().trim().min(1, 'errors.field.required').max(300),
  description: clearableText(20_000),
  startsAt: EpochMsSchema,
  /** After `startsAt` (checked by the mutations, which see both on an update). */
  endsAt: EpochMsSchema,
  allDay: z.boolean(),
  location: clearableText(300),
  videoUrl: webLink,
  userIds: UserIdsSchema,
  /**
   * Planned until it is held (done) or called off (cancelled); a cancelled one stays on the
   * timeline. Optional so a client from before statuses can still book: a new one is planned.
   */
  status: z.enum(APPOINTMENT_STATUSES).optional(),
  ...RecordLinksSchema.shape,
});
export type AppointmentFields = z.infer<typeof AppointmentFieldsSchema>;

export const AppointmentSchema = BaseRecordSchema.extend({
  ...AppointmentFieldsSchema.shape,
  status: z.enum(APPOINTMENT_STATUSES),
  description: storedText,
  location: storedText,
  videoUrl: storedText,
  userIds: z.array(z.string()),
  ...StoredLinksSchema.shape,
});
export type Appointment = z.infer<typeof AppointmentSchema>;
