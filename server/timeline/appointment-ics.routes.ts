import { and, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import { appointments } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
import { fileNameFromTitle } from '../../shared/files/file-name';
import { downloadName } from '../files/download-name';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';
import { addAppointment, newCalendar } from './calendar-ics';

const IdParam = z.object({ id: IdSchema });

/**
 * `GET /api/appointments/:id/ics`: one appointment of the caller's workspace as an .ics file to
 * open in any calendar app. Mounted beside `timelineRecordRoutes('appointment')`, whose routes
 * are one segment deep, so neither shadows the other.
 */
export function appointmentIcsRoutes(deps: Deps) {
  return new Hono<AppEnv>().use(requireAuth(deps)).get('/:id/ics', validate('param', IdParam), async (c) => {
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
    if (!row) throw new AppError(404, 'notFound', 'Appointment not found');
    const cal = newCalendar(row.title);
    addAppointment(cal, row);
    return c.body(cal.toString(), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': downloadName(`${fileNameFromTitle(row.title, 'appointment')}.ics`),
      'cache-control': 'private, no-store',
    });
  });
}
