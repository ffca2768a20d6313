import { and, eq, gt } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Channel, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { acceptLanguage } from '../http/request-language';
import { sessions, users } from '../db/schema';
import { hashToken } from './tokens';

/** The dashboard and its imports say so in a header; everything else through REST counts as the API. */
function channelOf(header: string | undefined): Channel {
  return header === 'dashboard' || header === 'import' ? header : 'api';
}

/** The hash of the request's bearer token (the session's key), or null without one. */
export function bearerTokenHash(header: string | undefined): string | null {
  const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
  return token ? hashToken(token) : null;
}

/**
 * Resolves `Authorization: Bearer <token>` to the caller's user and workspace, or 401. Deactivating
 * a user deletes their sessions; the `active` check refuses one that slipped through anyway.
 */
export function requireAuth(deps: Deps) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const tokenHash = bearerTokenHash(c.req.header('authorization'));
    if (!tokenHash) throw new AppError(401, 'unauthenticated', { key: 'errors.auth.missingToken' });
    const [row] = await deps.db
      .select({ userId: users.id, workspaceId: users.workspaceId, role: users.role, language: users.language })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, Date.now()), eq(users.active, true)))
      .limit(1);
    if (!row) throw new AppError(401, 'unauthenticated', { key: 'errors.auth.sessionEnded' });
    const { language, ...who } = row;
    c.set('auth', { ...who, language: language ?? acceptLanguage(c), channel: channelOf(c.req.header('x-fjord-channel')) });
    await next();
  });
}
