import { z } from 'zod';
import { ActivityFieldsSchema, ActivitySchema } from '../../shared/entities/activity';
import { AppointmentFieldsSchema, AppointmentSchema } from '../../shared/entities/appointment';
import { NoteFieldsSchema, NoteSchema } from '../../shared/entities/note';
import { TaskFieldsSchema, TaskSchema } from '../../shared/entities/task';
import { TimelineItemSchema } from '../../shared/timeline/timeline-item';
import { ActivityCreateBody, AppointmentCreateBody, NoteCreateBody, TaskCreateBody } from '../timeline/timeline-bodies';
import { TimelineQuery } from '../timeline/timeline.routes';
import type { Operation } from './api-operations';

const Ok = z.object({ ok: z.literal(true) });

const resources = [
  ['activities', 'activity', 'activities', ActivityCreateBody, ActivityFieldsSchema, ActivitySchema],
  ['tasks', 'task', 'tasks', TaskCreateBody, TaskFieldsSchema, TaskSchema],
  ['appointments', 'appointment', 'appointments', AppointmentCreateBody, AppointmentFieldsSchema, AppointmentSchema],
  ['notes', 'note', 'notes (private ones only for their author)', NoteCreateBody, NoteFieldsSchema, NoteSchema],
] as const;

/** Issue 6: the records on the customer timeline, and the timeline itself. */
export const timelineOperations: Operation[] = [
  ...resources.flatMap(([path, one, many, create, fields, schema]): Operation[] => {
    const item = z.object({ item: schema });
    return [
      {
        method: 'post',
        path: `/api/${path}`,
        summary: `Create one of the ${many}`,
        tag: 'timeline',
        body: create,
        response: item,
      },
      { method: 'get', path: `/api/${path}/{id}`, summary: `One ${one}`, tag: 'timeline', response: item },
      {
        method: 'patch',
        path: `/api/${path}/{id}`,
        summary: `Change an ${one}'s fields`,
        tag: 'timeline',
        body: fields.partial(),
        response: item,
      },
      { method: 'delete', path: `/api/${path}/{id}`, summary: `Move an ${one} to the trash`, tag: 'timeline', response: Ok },
    ];
  }),
  {
    method: 'get',
    path: '/api/timeline',
    summary: "A company's or contact's timeline, newest first, by kind and date range, a page at a time",
    tag: 'timeline',
    query: TimelineQuery,
    response: z.object({ items: z.array(TimelineItemSchema), next: z.string().nullable() }),
  },
];
