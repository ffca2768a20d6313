import { z } from 'zod';
import { ActivityFieldsSchema, ActivitySchema } from '../../shared/entities/activity';
import { AppointmentFieldsSchema, AppointmentSchema } from '../../shared/entities/appointment';
import { NoteFieldsSchema, NoteSchema } from '../../shared/entities/note';
import { TaskFieldsSchema, TaskSchema } from '../../shared/entities/task';
import { TimelineItemSchema } from '../../shared/timeline/timeline-item';
import { ActivityCreateBody, AppointmentCreateBody, NoteCreateBody, TaskCreateBody } from '../timeline/timeline-bodies';
import { TimelineQuery } from '../timeline/timeline.routes';
import { CalendarFeedSchema } from '../timeline/calendar-feeds.routes';
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
  {
    method: 'get',
    path: '/api/appointments/{id}/ics',
    summary: 'One appointment as an .ics file to download',
    tag: 'timeline',
    responseMediaTypes: ['text/calendar'],
  },
  {
    method: 'post',
    path: '/api/calendar-feeds',
    summary: 'A new private calendar feed URL for the caller (the URL is shown only here, once)',
    tag: 'timeline',
    response: z.object({ feed: CalendarFeedSchema.pick({ id: true, createdAt: true }), url: z.url() }),
  },
  {
    method: 'get',
    path: '/api/calendar-feeds',
    summary: "The caller's calendar feeds, without their URLs",
    tag: 'timeline',
    response: z.object({ items: z.array(CalendarFeedSchema) }),
  },
  {
    method: 'delete',
    path: '/api/calendar-feeds/{id}',
    summary: "Revoke one of the caller's calendar feeds",
    tag: 'timeline',
    response: Ok,
  },
  {
    method: 'get',
    path: '/calendar/{file}',
    summary: "A user's appointments and due tasks as iCalendar; `file` is `<token>.ics` from the feed's URL",
    tag: 'timeline',
    public: true,
    responseMediaTypes: ['text/calendar'],
  },
];
