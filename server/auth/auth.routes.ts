import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { authApi } from '../../shared/api/auth.api';
import type { Deps } from '../deps';
import { sessions, users, workspaces } from '../db/schema';
import { readProfile, updateProfile } from '../domain/profile';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { clientAddress } from './client-address';
import { clearLoginFailures, loginRetryAfter, recordLoginFailure } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { requireAuth } from './require-auth';
import { hashToken, newToken } from './tokens';

// Compared against when the e-mail is unknown, so timing does not reveal which accounts exist.
const dummyHash = hashPassword('not-a-real-password');

/** Sign-in, sign-out and who the caller is (`/api/auth`; the caller's own account is in account.routes.ts). */
export function authRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(authApi.login), async (c) => {
      const { email, password } = c.req.valid('json');
      const source = clientAddress(c, deps.env.TRUST_PROXY);
      const wait = await loginRetryAfter(deps.db, email, source);
      if (wait > 0) throw tooManySignIns(c, wait);
      const [user] = await deps.db.select().from(users).where(eq(users.email, email)).limit(1);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
      if (!user || !ok) {
        await recordLoginFailure(deps.db, email, source);
        throw new AppError(401, 'badCredentials', { key: 'errors.auth.badCredentials' });
      }
      // Said only to someone who knows the password, so it reveals nothing to a guesser.
      if (!user.active) throw new AppError(403, 'deactivated', { key: 'errors.auth.deactivated' });
      await clearLoginFailures(deps.db, email, source);
      const token = newToken();
      const now = Date.now();
      const expiresAt = now + deps.env.SESSION_DAYS * 86_400_000;
      await deps.db.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt });
      const [workspace] = await deps.db.select().from(workspaces).where(eq(workspaces.id, user.workspaceId));
      return c.json(
        {
          token,
          expiresAt,
          user: { id: user.id, email: user.email, name: user.name, role: user.role, language: user.language },
          workspace: { id: user.workspaceId, name: workspace?.name ?? '' },
        },
        200,
      );
    })
    .openapi(route(authApi.logout, auth), async (c) => {
      const token = c.req.header('authorization')!.replace(/^Bearer\s+/i, '');
      await deps.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
      return c.json({ ok: true as const }, 200);
    })
    .openapi(route(authApi.me, auth), async (c) => c.json({ user: await readProfile(deps.db, c.get('auth')) }, 200))
    .openapi(route(authApi.updateMe, auth), async (c) => {
      const user = await deps.writeLock.run(() => updateProfile(deps.db, c.get('auth'), c.req.valid('json')));
      return c.json({ user }, 200);
    });
}

/** 429 with the wait in seconds for clients and in words for people. */
function tooManySignIns(c: Context, waitMs: number): AppError {
  const seconds = Math.ceil(waitMs / 1000);
  c.header('Retry-After', String(seconds));
  return seconds < 60
    ? new AppError(429, 'rateLimited', { key: 'errors.auth.tooManySignInsSeconds', values: { count: seconds } })
    : new AppError(429, 'rateLimited', { key: 'errors.auth.tooManySignInsMinutes', values: { count: Math.ceil(seconds / 60) } });
}
