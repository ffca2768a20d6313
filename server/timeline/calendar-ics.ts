import ical, { ICalCalendarMethod, ICalEventStatus, ICalEventTransparency, type ICalCalendar } from 'ical-generator';
import type { appointments, tasks } from '../db/schema';

type AppointmentRow = typeof appointments.$inferSelect;
type TaskRow = typeof tasks.$inferSelect;

const DAY = 86_400_000;
/** How long a task with a time blocks in the calendar; it has no end of its own. */
const TIMED_TASK_MINUTES = 30;

/** An empty calendar; the name is what subscribing apps show until the user renames it. */
export function newCalendar(name: string): ICalCalendar {
  return ical({ name, prodId: { company: 'Fjord', product: 'CRM' }, method: ICalCalendarMethod.PUBLISH, ttl: 900 });
}

/** A held meeting stays confirmed in the calendar; a cancelled one says so, so subscribed calendars strike it. */
const EVENT_STATUS = {
  planned: ICalEventStatus.CONFIRMED,
  done: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
} as const;

/**
 * One VEVENT per appointment, UID `<id>@fjord` so a re-fetch or re-import updates it in place;
 * the record's version is a sequence that only grows. An all-day one covers the UTC days from its
 * start to its end (an end at midnight excluded), at least one.
 */
export function addAppointment(cal: ICalCalendar, row: AppointmentRow) {
  const start = row.allDay ? utcDay(row.startsAt) : new Date(row.startsAt);
  const end = row.allDay
    ? new Date(Math.max(utcDay(row.endsAt - 1).getTime() + DAY, start.getTime() + DAY))
    : new Date(row.endsAt);
  cal.createEvent({
    id: `${row.id}@fjord`,
    sequence: row.version,
    start,
    end,
    allDay: row.allDay,
    summary: row.title,
    description: row.description,
    location: row.location,
    url: row.videoUrl,
    status: EVENT_STATUS[row.status],
    created: new Date(row.createdAt),
    lastModified: new Date(row.updatedAt),
  });
}

/**
 * A task with a due date: all day on that date, or a short event at its time. Tasks have no time
 * zone (the date and time are what the user typed), so a timed one is floating: the calendar app
 * shows it at that wall-clock time wherever it is. ical-generator formats floating dates with
 * UTC getters, hence the `Z` when building them.
 */
export function addTask(cal: ICalCalendar, row: TaskRow & { dueDate: string }) {
  const base = {
    id: `${row.id}@fjord`,
    sequence: row.version,
    summary: row.title,
    description: row.description,
    transparency: ICalEventTransparency.TRANSPARENT,
    created: new Date(row.createdAt),
    lastModified: new Date(row.updatedAt),
  };
  if (!row.dueTime) {
    const start = new Date(`${row.dueDate}T00:00:00Z`);
    cal.createEvent({ ...base, allDay: true, start, end: new Date(start.getTime() + DAY) });
    return;
  }
  const start = new Date(`${row.dueDate}T${row.dueTime}:00Z`);
  cal.createEvent({ ...base, floating: true, start, end: new Date(start.getTime() + TIMED_TASK_MINUTES * 60_000) });
}

function utcDay(ms: number): Date {
  return new Date(ms - (((ms % DAY) + DAY) % DAY));
}
