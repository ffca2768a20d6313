import { and, eq, isNull } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import { appointments } from '../db/schema';
import type { AppEnv, Deps } from '../deps';
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
    const name = fileNameOf(row.title);
    return c.body(cal.toString(), 200, {
      'content-type': 'text/calendar; charset=utf-8',
      // An ASCII name for every client, the real one (Nordic letters and all) for those that read filename*.
      'content-disposition': `attachment; filename="${name.ascii}.ics"; filename*=UTF-8''${rfc5987(name.utf8)}.ics`,
      'cache-control': 'private, no-store',
    });
  });
}

/** Letters NFKD does not take apart. */
const LATIN: Record<string, string> = { æ: 'ae', Æ: 'AE', ø: 'o', Ø: 'O', ß: 'ss', đ: 'd', Đ: 'D', ł: 'l', Ł: 'L' };

/** A file name from a title: no path, quote or control characters, no leading dot, at most 80 characters. */
export function fileNameOf(title: string) {
  const utf8 =
    title
      .replace(/[\p{C}/\\:*?"<>|]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+/, '')
      .trim()
      .slice(0, 80) || 'appointment';
  const ascii =
    utf8
      .replace(/[æÆøØßđĐłŁ]/g, (ch) => LATIN[ch] ?? '')
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9 ._-]+/g, '')
      .replace(/\s+/g, ' ')
      .trim() || 'appointment';
  return { utf8, ascii };
}

/** `encodeURIComponent` leaves `'`, `(` and `)` as they are; RFC 5987 values may not carry them. */
function rfc5987(value: string) {
  return encodeURIComponent(value).replace(/['()]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}
