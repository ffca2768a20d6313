import type { BuiltInActivityType } from '../../shared/entities/activity';
import type { AppointmentStatus } from '../../shared/entities/appointment';
import type { TaskStatus } from '../../shared/entities/task';
import type { MessageKey } from '../../shared/i18n/messages';
import type { Translate } from '../../shared/i18n/translator';
import type { TimelineKind } from '../../shared/timeline/timeline-item';

/** One entry's kind, as the timeline and its exports name it. */
export const KIND_LABELS: Record<TimelineKind, MessageKey> = {
  activity: 'timeline.kind.activity',
  task: 'timeline.kind.task',
  appointment: 'timeline.kind.appointment',
  note: 'timeline.kind.note',
  email: 'timeline.kind.email',
  file: 'timeline.kind.file',
  history: 'timeline.kind.history',
};

/** The kind filter's names: what the timeline shows of each kind. */
export const KIND_NAMES: Record<TimelineKind, MessageKey> = {
  activity: 'timeline.kinds.activity',
  task: 'timeline.kinds.task',
  appointment: 'timeline.kinds.appointment',
  note: 'timeline.kinds.note',
  email: 'timeline.kinds.email',
  file: 'timeline.kinds.file',
  history: 'timeline.kinds.history',
};

export const ACTIVITY_TYPE_NAMES: Record<BuiltInActivityType, MessageKey> = {
  call: 'timeline.activityType.call',
  meeting: 'timeline.activityType.meeting',
  visit: 'timeline.activityType.visit',
  email: 'timeline.activityType.email',
  note: 'timeline.activityType.note',
};

/** How a task's status reads after its title ("· in progress"). */
export const TASK_STATUS_NAMES: Record<TaskStatus, MessageKey> = {
  open: 'timeline.taskStatus.open',
  inProgress: 'timeline.taskStatus.inProgress',
  done: 'timeline.taskStatus.done',
  cancelled: 'timeline.taskStatus.cancelled',
};

/** How an appointment's status reads after its time ("· cancelled"). */
export const APPOINTMENT_STATUS_NAMES: Record<AppointmentStatus, MessageKey> = {
  planned: 'timeline.appointmentStatus.planned',
  done: 'timeline.appointmentStatus.done',
  cancelled: 'timeline.appointmentStatus.cancelled',
};

/** A built-in activity type in the user's language; a workspace's own types read as their list value. */
export function activityTypeName(t: Translate, type: string, customNames: ReadonlyMap<string, string>): string {
  const key = ACTIVITY_TYPE_NAMES[type as BuiltInActivityType];
  return key ? t(key) : (customNames.get(type) ?? t('timeline.kind.activity'));
}
