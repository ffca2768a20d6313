import { and, eq, isNull } from 'drizzle-orm';
import { timelineApi } from '../../shared/api/timeline.api';
import { requireAuth } from '../auth/require-auth';
import { appointments } from '../db/schema';
import type { Deps } from '../deps';
import { fileNameFromTitle } from '../../shared/files/file-name';
import { downloadName } from '../files/download-name';
import { AppError } from '../http/app-error';
import { i18nFor } from '../i18n/server-i18n';
import { apiRouter, route } from '../http/api-router';
import { addAppointment, newCalendar } from './calendar-ics';

/**
 * `GET /api/appointments/:id/ics`: one appointment of the caller's workspace as an .ics file to
 * open in any calendar app. One segment deeper than `timelineRecordRoutes('appointment')`'s
 * `/api/appointments/{id}`, so neither shadows the other.
 */
export function appointmentIcsRoutes(deps: Deps) {
  return apiRouter().openapi(route(timelineApi.appointmentIcs, requireAuth(deps)), async (c) => {
    const auth = c.get('auth');
    const [row] = await deps.db
      .select()
      .from(appointments)
      .where(
        and(
          eq(appointments.id, c.req.valid('param').id),
          eq(appointments.workspaceId, auth.workspaceId),
          isNull(appointments.deletedAt),
        ),
      );
    if (!row) throw new AppError(404, 'notFound', { key: 'errors.notFound.appointment' });
    const cal = newCalendar(row.title);
    addAppointment(cal, row);
    return c.body(cal.toString(), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': downloadName(
        `${fileNameFromTitle(row.title, i18nFor(auth.language).t('server.calendar.appointmentFile'))}.ics`,
      ),
      'cache-control': 'private, no-store',
    });
  });
}
