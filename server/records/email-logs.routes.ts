import { and, desc, eq, isNull, sql, type AnyColumn } from 'drizzle-orm';
import { emailLogsApi } from '../../shared/api/email-logs.api';
import type { EmailLog } from '../../shared/entities/email-log';
import { emailLogId } from '../../shared/mail/email-log-id';
import { requireAuth } from '../auth/require-auth';
import { emailLogs } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { runMutation } from '../domain/run-mutation';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { isVisible, viewerOf } from '../domain/visibility';

/**
 * Logged e-mails (`/api/email-logs`): listed on a contact's or company's card, logged by message
 * (twice is harmless), unlinked. E-mails of a contact whose access an admin blocked are hidden from
 * everyone else, here as in sync.
 */
export function emailLogsRoutes(deps: Deps) {
  const visibleOne = async (auth: AuthContext, id: string) => {
    const [row] = await deps.db
      .select()
      .from(emailLogs)
      .where(and(eq(emailLogs.id, id), eq(emailLogs.workspaceId, auth.workspaceId)));
    if (!row || !isVisible('emailLog', row, viewerOf(auth)))
      throw new AppError(404, 'notFound', { key: 'errors.notFound.emailLog' });
    return row as EmailLog;
  };
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(emailLogsApi.list, auth), async (c) => {
      const auth = c.get('auth');
      const { contactId, companyId } = c.req.valid('query');
      const on = (column: AnyColumn, id: string | undefined) =>
        id ? sql`instr(${column}, ${JSON.stringify(id)}) > 0` : undefined;
      const rows = await deps.db
        .select()
        .from(emailLogs)
        .where(
          and(
            eq(emailLogs.workspaceId, auth.workspaceId),
            isNull(emailLogs.deletedAt),
            on(emailLogs.contactIds, contactId),
            on(emailLogs.companyIds, companyId),
          ),
        )
        .orderBy(desc(emailLogs.sentAt))
        .limit(500);
      const viewer = viewerOf(auth);
      return c.json({ items: rows.filter((r) => isVisible('emailLog', r, viewer)) }, 200);
    })
    .openapi(route(emailLogsApi.get, auth), async (c) =>
      c.json({ item: await visibleOne(c.get('auth'), c.req.valid('param').id) }, 200),
    )
    .openapi(route(emailLogsApi.log, auth), async (c) => {
      const auth = c.get('auth');
      const body = c.req.valid('json');
      const id = emailLogId(auth.workspaceId, body.messageKey);
      const [existing] = await deps.db
        .select({ id: emailLogs.id, deletedAt: emailLogs.deletedAt })
        .from(emailLogs)
        .where(eq(emailLogs.id, id));
      await runMutation(deps, auth, 'emailLog.log', {
        id,
        threadId: null,
        body: null,
        to: [],
        cc: [],
        source: 'api',
        ...body,
      });
      return c.json({ item: await visibleOne(auth, id) }, existing && existing.deletedAt === null ? 200 : 201);
    })
    .openapi(route(emailLogsApi.unlink, auth), async (c) => {
      const { id } = c.req.valid('param');
      await visibleOne(c.get('auth'), id);
      await runMutation(deps, c.get('auth'), 'emailLog.unlink', { id, ...c.req.valid('json') });
      return c.json({ ok: true as const }, 200);
    });
}
