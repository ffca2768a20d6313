import { eq } from 'drizzle-orm';
import { authApi } from '../../shared/api/auth.api';
import { users } from '../db/schema';
import { withWriteTransaction } from '../db/write-transaction';
import type { Deps } from '../deps';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { invalidIssues } from '../http/validate';
import { deleteSessions, endOpenStreams } from './end-sessions';
import { hashPassword, verifyPassword } from './password';
import { requireAcceptablePassword } from './password-policy';
import { bearerTokenHash, requireAuth } from './require-auth';
import { clientAddress } from './client-address';
import { clearLoginFailures, loginRetryAfter, recordLoginFailure } from './login-throttle';

/**
 * The caller's own account (`/api/auth`, beside sign-in): change one's password, which signs out
 * one's other devices, and sign out everywhere. Any signed-in user, for themselves only.
 */
export function accountRoutes(deps: Deps) {
  const inWrite = <T>(work: Parameters<typeof withWriteTransaction<T>>[1]) =>
    deps.writeLock.run(() => withWriteTransaction(deps.client, work));
  const signedIn = requireAuth(deps);
  return apiRouter()
    .openapi(route(authApi.changePassword, signedIn), async (c) => {
      const { userId } = c.get('auth');
      const { currentPassword, newPassword } = c.req.valid('json');
      const [me] = await deps.db
        .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
        .from(users)
        .where(eq(users.id, userId));
      if (!me) throw new AppError(401, 'unauthenticated', { key: 'errors.auth.sessionEnded' });
      // Guessing the current password with a stolen session counts like guessing at sign-in.
      const source = clientAddress(c, deps.env.TRUST_PROXY);
      const wait = await loginRetryAfter(deps.db, me.email, source);
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        throw new AppError(429, 'rateLimited', { key: 'errors.auth.tooManyPasswords' });
      }
      if (!(await verifyPassword(currentPassword, me.passwordHash))) {
        await recordLoginFailure(deps.db, me.email, source);
        throw invalidIssues('errors.input.invalid', [
          { path: ['currentPassword'], message: { key: 'errors.password.notCurrent' } },
        ]);
      }
      await clearLoginFailures(deps.db, me.email, source);
      if (newPassword === currentPassword) {
        throw invalidIssues('errors.input.invalid', [{ path: ['newPassword'], message: { key: 'errors.password.same' } }]);
      }
      await requireAcceptablePassword('newPassword', newPassword, me);
      const passwordHash = await hashPassword(newPassword);
      // This device stays signed in; every other one signs in again, with the new password.
      const keep = { exceptTokenHash: bearerTokenHash(c.req.header('authorization'))! };
      await inWrite(async ({ db }) => {
        await db.update(users).set({ passwordHash }).where(eq(users.id, userId));
        await deleteSessions(db, userId, keep);
      });
      endOpenStreams(deps, userId, keep);
      return c.json({ ok: true as const }, 200);
    })
    .openapi(route(authApi.logoutAll, signedIn), async (c) => {
      const { userId } = c.get('auth');
      await deleteSessions(deps.db, userId);
      endOpenStreams(deps, userId);
      return c.json({ ok: true as const }, 200);
    });
}
