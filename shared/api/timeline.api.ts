import { z } from 'zod';
import { ActivityFieldsSchema, ActivitySchema } from '../entities/activity';
import { AppointmentFieldsSchema, AppointmentSchema } from '../entities/appointment';
import { IdSchema } from '../entities/base';
import { NoteFieldsSchema, NoteSchema } from '../entities/note';
import { TaskFieldsSchema, TaskSchema } from '../entities/task';
import type { TimelineEntity } from '../mutations/timeline-mutations';
import { ActivityCreateBody, AppointmentCreateBody, NoteCreateBody, TaskCreateBody } from '../timeline/timeline-bodies';
import { TimelineItemSchema, TimelineKindSchema } from '../timeline/timeline-item';
import { AppointmentStatusFilterSchema, TaskStatusFilterSchema } from '../timeline/status-filter';
import { IdParams, defineOperation, jsonAnswer, rawContent } from './operation';
import { recordCrudApi } from './record-crud.api';

const tags = ['timeline'];

const kinds = {
  activity: {
    path: '/api/activities',
    one: 'an activity',
    many: 'activities',
    create: ActivityCreateBody,
    patch: ActivityFieldsSchema.partial(),
    schema: ActivitySchema,
  },
  task: {
    path: '/api/tasks',
    one: 'a task',
    many: 'tasks',
    create: TaskCreateBody,
    patch: TaskFieldsSchema.partial(),
    schema: TaskSchema,
  },
  appointment: {
    path: '/api/appointments',
    one: 'an appointment',
    many: 'appointments',
    create: AppointmentCreateBody,
    patch: AppointmentFieldsSchema.partial(),
    schema: AppointmentSchema,
  },
  note: {
    path: '/api/notes',
    one: 'a note',
    many: 'notes (private ones only for their author)',
    create: NoteCreateBody,
    patch: NoteFieldsSchema.partial(),
    schema: NoteSchema,
  },
} as const;

/** Create, read, change and delete of one timeline kind; generic in its schemas, so each kind keeps its exact types. */
const timelineCrud = <C extends z.ZodType, P extends z.ZodType, S extends z.ZodType>(kind: {
  path: string;
  one: string;
  many: string;
  create: C;
  patch: P;
  schema: S;
}) => recordCrudApi({ ...kind, tags, createSummary: `Create ${kind.one}`, removeSummary: `Move ${kind.one} to the trash` });

/**
 * One resource per timeline record type (`/api/activities`, `/api/tasks`, `/api/appointments`,
 * `/api/notes`): read one, create, change, delete. Lists are the timeline and "My work".
 */
export const activitiesApi = timelineCrud(kinds.activity);
export const tasksApi = timelineCrud(kinds.task);
export const appointmentsApi = timelineCrud(kinds.appointment);
export const notesApi = timelineCrud(kinds.note);
const byKind = { activity: activitiesApi, task: tasksApi, appointment: appointmentsApi, note: notesApi };

type Kinds = (typeof kinds)[TimelineEntity];
/** Any kind's operations as one set whose schemas are any kind's: what code serving every kind alike reads. */
type AnyTimelineApi = ReturnType<typeof timelineCrud<Kinds['create'], Kinds['patch'], Kinds['schema']>>;

/** The operations of one timeline kind, for code that serves every kind alike. */
export const timelineRecordApi = (kind: TimelineEntity): AnyTimelineApi => byKind[kind];

/** A record of one of the timeline kinds, as these operations answer it. */
export type TimelineRecord = z.infer<(typeof kinds)[TimelineEntity]['schema']>;

export const TimelineQuery = z
  .object({
    companyId: IdSchema.optional(),
    contactId: IdSchema.optional(),
    /** Comma-separated kinds to show; all when left out. */
    kinds: z
      .string()
      .transform((s) => s.split(',').filter(Boolean))
      .pipe(z.array(TimelineKindSchema).min(1, 'errors.timeline.oneKind'))
      .optional(),
    /** Only tasks and appointments in this status; other kinds are not narrowed. */
    taskStatus: TaskStatusFilterSchema.optional(),
    appointmentStatus: AppointmentStatusFilterSchema.optional(),
    from: z.coerce.number().int().optional(),
    to: z.coerce.number().int().optional(),
    cursor: z.string().max(500).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((q) => Boolean(q.companyId) !== Boolean(q.contactId), {
    message: 'errors.field.companyIdOrContactId',
    path: ['companyId'],
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: 'errors.timeline.fromAfterTo',
    path: ['from'],
  });

export const TimelinePageSchema = z.object({ items: z.array(TimelineItemSchema), next: z.string().nullable() });
export type TimelinePage = z.infer<typeof TimelinePageSchema>;

export const timelineApi = {
  page: defineOperation({
    method: 'get',
    path: '/api/timeline',
    summary:
      "A company's or contact's timeline, newest first, by kind and date range, a page at a time (`next` is the following page's cursor)",
    tags,
    request: { query: TimelineQuery },
    responses: { 200: jsonAnswer(TimelinePageSchema) },
  }),
  appointmentIcs: defineOperation({
    method: 'get',
    path: '/api/appointments/{id}/ics',
    summary: 'One appointment as an .ics file to download',
    tags,
    request: { params: IdParams },
    responses: { 200: { description: 'The appointment as iCalendar', content: rawContent(['text/calendar']) } },
  }),
};
