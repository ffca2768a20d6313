import { z } from 'zod';
import { BaseRecordSchema, IdSchema, clearableText, storedText } from './base';
import { EpochMsSchema, RecordLinksSchema, StoredLinksSchema, UserIdsSchema } from './record-links';

/** The kinds of activity every workspace has; workspaces add their own as `activityType` list values. */
export const BUILT_IN_ACTIVITY_TYPES = ['call', 'meeting', 'visit', 'email', 'note'] as const;
export type BuiltInActivityType = (typeof BUILT_IN_ACTIVITY_TYPES)[number];

/** A built-in type, or the id of one of the workspace's `activityType` list values. */
export const ActivityTypeSchema = z.union([z.enum(BUILT_IN_ACTIVITY_TYPES), IdSchema], {
  message: 'errors.activity.type',
});

/** Something that happened with a customer: a call made, a meeting held, a visit paid. */
export const ActivityFieldsSchema = z.object({
  type: ActivityTypeSchema,
  subject: z.string().trim().min(1, 'errors.field.required').max(300),
  description: clearableText(20_000),
  occurredAt: EpochMsSchema,
  durationMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .nullable(),
  outcome: clearableText(2_000),
  userIds: UserIdsSchema,
  ...RecordLinksSchema.shape,
});
export type ActivityFields = z.infer<typeof ActivityFieldsSchema>;

export const ActivitySchema = BaseRecordSchema.extend({
  ...ActivityFieldsSchema.shape,
  type: z.string(),
  description: storedText,
  outcome: storedText,
  userIds: z.array(z.string()),
  ...StoredLinksSchema.shape,
});
export type Activity = z.infer<typeof ActivitySchema>;
