import { ActivityFieldsSchema } from '../entities/activity';
import { AppointmentFieldsSchema } from '../entities/appointment';
import { NoteFieldsSchema } from '../entities/note';
import { RecordLinksSchema } from '../entities/record-links';
import { TaskFieldsSchema } from '../entities/task';

const links = {
  companyIds: RecordLinksSchema.shape.companyIds.default([]),
  contactIds: RecordLinksSchema.shape.contactIds.default([]),
};

/**
 * REST create bodies: the mutation's fields with the optional ones defaulted, so a client sends
 * only what it knows ("a call with Kari, now"). Values are checked again by the mutation.
 */
export const ActivityCreateBody = ActivityFieldsSchema.extend({
  description: ActivityFieldsSchema.shape.description.default(null),
  durationMinutes: ActivityFieldsSchema.shape.durationMinutes.default(null),
  outcome: ActivityFieldsSchema.shape.outcome.default(null),
  userIds: ActivityFieldsSchema.shape.userIds.default([]),
  occurredAt: ActivityFieldsSchema.shape.occurredAt.optional(),
  ...links,
});

export const TaskCreateBody = TaskFieldsSchema.extend({
  description: TaskFieldsSchema.shape.description.default(null),
  dueDate: TaskFieldsSchema.shape.dueDate.default(null),
  dueTime: TaskFieldsSchema.shape.dueTime.default(null),
  assigneeId: TaskFieldsSchema.shape.assigneeId.optional(),
  status: TaskFieldsSchema.shape.status.default('open'),
  priority: TaskFieldsSchema.shape.priority.default('normal'),
  remindAt: TaskFieldsSchema.shape.remindAt.default(null),
  followUpOf: TaskFieldsSchema.shape.followUpOf.default(null),
  ...links,
});

export const AppointmentCreateBody = AppointmentFieldsSchema.extend({
  description: AppointmentFieldsSchema.shape.description.default(null),
  allDay: AppointmentFieldsSchema.shape.allDay.default(false),
  location: AppointmentFieldsSchema.shape.location.default(null),
  videoUrl: AppointmentFieldsSchema.shape.videoUrl.default(null),
  userIds: AppointmentFieldsSchema.shape.userIds.optional(),
  status: AppointmentFieldsSchema.shape.status.default('planned'),
  ...links,
});

export const NoteCreateBody = NoteFieldsSchema.extend({ isPrivate: NoteFieldsSchema.shape.isPrivate.default(false), ...links });
