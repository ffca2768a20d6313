import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { z } from 'zod';
import type { AppEnv, Deps } from '../deps';
import { sessions, users, workspaces } from '../db/schema';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';
import { hashPassword, verifyPassword } from './password';
import { requireAuth } from './require-auth';
import { hashToken, newToken } from './tokens';

export const LoginBody = z.object({
  email: z.email('must be an e-mail address').transform((e) => e.toLowerCase()),
  password: z.string().min(1, 'is required').max(500),
});

// Compared against when the e-mail is unknown, so timing does not reveal which accounts exist.
const dummyHash = hashPassword('not-a-real-password');

export function authRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .post('/login', validate('json', LoginBody), async (c) => {
      const { email, password } = c.req.valid('json');
      const keys = [`email:${email}`, `ip:${clientAddress(c)}`];
      const wait = deps.loginLimit.retryAfter(keys);
      if (wait > 0) {
        c.header('Retry-After', String(Math.ceil(wait / 1000)));
        throw new AppError(429, 'rateLimited', 'Too many failed sign-ins: try again later');
      }
      const [user] = await deps.db.select().from(users).where(eq(users.email, email)).limit(1);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
      if (!user || !ok) {
        deps.loginLimit.fail(keys);
        throw new AppError(401, 'badCredentials', 'Wrong e-mail or password');
      }
      deps.loginLimit.succeed(keys);
      const token = newToken();
      const now = Date.now();
      const expiresAt = now + deps.env.SESSION_DAYS * 86_400_000;
      await deps.db.insert(sessions).values({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt });
      const [workspace] = await deps.db.select().from(workspaces).where(eq(workspaces.id, user.workspaceId));
      return c.json({
        token,
        expiresAt,
        user: { id: user.id, email: user.email, name: user.name, role: user.role },
        workspace: { id: user.workspaceId, name: workspace?.name ?? '' },
      });
    })
    .post('/logout', requireAuth(deps), async (c) => {
      const token = c.req.header('authorization')!.replace(/^Bearer\s+/i, '');
      await deps.db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
      return c.json({ ok: true });
    })
    .get('/me', requireAuth(deps), async (c) => {
      const { userId } = c.get('auth');
      const [row] = await deps.db
        .select({
          id: users.id,
          email: users.email,
          name: users.name,
          role: users.role,
          workspaceId: users.workspaceId,
          workspaceName: workspaces.name,
        })
        .from(users)
        .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
        .where(eq(users.id, userId));
      return c.json({ user: row });
    });
}

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // app.request() in tests has no socket
  }
}
