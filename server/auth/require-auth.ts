import { and, eq, gt } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Channel, Deps } from '../deps';
import { AppError } from '../http/app-error';
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
    if (!tokenHash) throw new AppError(401, 'unauthenticated', 'Sign in first (missing bearer token)');
    const [row] = await deps.db
      .select({ userId: users.id, workspaceId: users.workspaceId, role: users.role })
      .from(sessions)
      .innerJoin(users, eq(users.id, sessions.userId))
      .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, Date.now()), eq(users.active, true)))
      .limit(1);
    if (!row) throw new AppError(401, 'unauthenticated', 'Session expired or signed out: sign in again');
    c.set('auth', { ...row, channel: channelOf(c.req.header('x-fjord-channel')) });
    await next();
  });
}
