import type { TimelineKind } from '../../../shared/timeline/timeline-item';

/** One entry's kind, as the timeline and its exports name it. */
export const KIND_LABELS: Record<TimelineKind, string> = {
  activity: 'Activity',
  task: 'Task',
  appointment: 'Appointment',
  note: 'Note',
  email: 'E-mail',
  file: 'File',
  history: 'Change',
};

/** The kind filter's names: what the timeline shows of each kind. */
export const KIND_NAMES: Record<TimelineKind, string> = {
  activity: 'Activities',
  task: 'Tasks',
  appointment: 'Appointments',
  note: 'Notes',
  email: 'E-mails',
  file: 'Files',
  history: 'Changes',
};
