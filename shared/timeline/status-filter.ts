import { z } from 'zod';
import { APPOINTMENT_STATUSES, type AppointmentStatus } from '../entities/appointment';
import { OPEN_TASK_STATUSES, type TaskStatus } from '../entities/task';

/**
 * The status filters of the timeline and My work. A task is "open" while it is still to do (open
 * or in progress) and "done" once done; an appointment filters by its own status.
 */
export const TASK_STATUS_FILTERS = ['open', 'done'] as const;
export type TaskStatusFilter = (typeof TASK_STATUS_FILTERS)[number];
export const TaskStatusFilterSchema = z.enum(TASK_STATUS_FILTERS);
export const AppointmentStatusFilterSchema = z.enum(APPOINTMENT_STATUSES);

export const TASK_STATUSES_OF: Record<TaskStatusFilter, readonly TaskStatus[]> = {
  open: OPEN_TASK_STATUSES,
  done: ['done'],
};

export type StatusFilter = { taskStatus?: TaskStatusFilter; appointmentStatus?: AppointmentStatus };
