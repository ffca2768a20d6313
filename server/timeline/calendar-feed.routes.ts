import { publicApi } from '../../shared/api/public.api';
import type { Deps } from '../deps';
import { AppError } from '../http/app-error';
import { i18nFor } from '../i18n/server-i18n';
import { apiRouter, route } from '../http/api-router';
import { feedRecords } from './calendar-feed.queries';
import { feedOwner } from '../domain/calendar-feeds';
import { addAppointment, addTask, newCalendar } from './calendar-ics';

/** `<token>.ics`, the token as `newToken` makes it (32 bytes, base64url). */
const FEED_FILE = /^([A-Za-z0-9_-]{43})\.ics$/;

/**
 * `GET /calendar/<token>.ics`: one user's appointments and due tasks for Google Calendar, Outlook
 * and Apple Calendar. Public (calendar apps send no bearer token): the token in the path is the
 * secret, so anything but a live feed's token is a plain 404.
 */
export function calendarFeedRoutes(deps: Deps) {
  return apiRouter().openapi(route(publicApi.calendarFeed), async (c) => {
    const token = FEED_FILE.exec(c.req.valid('param').file)?.[1];
    if (!token) throw new AppError(404, 'notFound', { key: 'errors.notFound.feedAddress' });
    const owner = await feedOwner(deps.db, token);
    const records = await feedRecords(deps.db, owner);
    // In the owner's language; calendar apps send none worth following, so without a pick it is English.
    const cal = newCalendar(i18nFor(owner.language).t('server.calendar.feedName', { name: owner.name }));
    for (const row of records.appointments) addAppointment(cal, row);
    for (const row of records.tasks) addTask(cal, row);
    // Private: the answer is one person's calendar; five minutes spares the database from
    // clients that poll often without hiding a change for long.
    return c.body(cal.toString(), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'private, max-age=300',
    });
  });
}
