import { and, asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { newId } from '../../shared/ids';
import { hashPassword } from '../auth/password';
import { requireAuth } from '../auth/require-auth';
import { users } from '../db/schema';
import type { AppEnv, AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';

const RoleSchema = z.enum(['admin', 'member']);
export const MemberCreateBody = z.object({
  name: z.string().trim().min(1, 'is required').max(100),
  email: z.email('must be an e-mail address').transform((e) => e.toLowerCase()),
  role: RoleSchema,
  password: z.string().min(10, 'must be at least 10 characters').max(200),
});
export const MemberPatchBody = z
  .object({ name: MemberCreateBody.shape.name, role: RoleSchema })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' });
export const MemberSchema = z.object({ id: z.string(), name: z.string(), email: z.string(), role: RoleSchema });
const IdParam = z.object({ id: IdSchema });

const columns = { id: users.id, name: users.name, email: users.email, role: users.role };

function requireAdmin(auth: AuthContext) {
  if (auth.role !== 'admin') throw new AppError(403, 'forbidden', 'Only admins manage members');
}

/**
 * The workspace's users (`/api/settings/members`): everyone may list them (owners, assignees);
 * admins add members with a first password and change names and roles. A workspace always keeps
 * at least one admin.
 */
export function membersRoutes(deps: Deps) {
  const inWorkspace = async (workspaceId: string, id: string) => {
    const [row] = await deps.db
      .select(columns)
      .from(users)
      .where(and(eq(users.id, id), eq(users.workspaceId, workspaceId)));
    if (!row) throw new AppError(404, 'notFound', 'Member not found');
    return row;
  };
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', async (c) => {
      const members = await deps.db
        .select(columns)
        .from(users)
        .where(eq(users.workspaceId, c.get('auth').workspaceId))
        .orderBy(asc(users.name));
      return c.json({ members });
    })
    .post('/', validate('json', MemberCreateBody), async (c) => {
      const auth = c.get('auth');
      requireAdmin(auth);
      const { password, ...member } = c.req.valid('json');
      // Sign-in is by e-mail across workspaces, so an address is one user's anywhere.
      const emailTaken = new AppError(409, 'conflict', 'email: is already a user of Fjord', [
        { path: ['email'], message: 'is already a user of Fjord' },
      ]);
      const [taken] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, member.email));
      if (taken) throw emailTaken;
      const id = newId();
      const passwordHash = await hashPassword(password);
      try {
        await deps.db.insert(users).values({ id, workspaceId: auth.workspaceId, ...member, passwordHash, createdAt: Date.now() });
      } catch (err) {
        // Two admins adding the same address at once: the unique index decides.
        if (/UNIQUE/i.test(String(err))) throw emailTaken;
        throw err;
      }
      return c.json({ member: await inWorkspace(auth.workspaceId, id) }, 201);
    })
    .patch('/:id', validate('param', IdParam), validate('json', MemberPatchBody), async (c) => {
      const auth = c.get('auth');
      requireAdmin(auth);
      const { id } = c.req.valid('param');
      const current = await inWorkspace(auth.workspaceId, id);
      const patch = c.req.valid('json');
      if (patch.role === 'member' && current.role === 'admin') {
        const admins = await deps.db
          .select({ id: users.id })
          .from(users)
          .where(and(eq(users.workspaceId, auth.workspaceId), eq(users.role, 'admin')));
        if (admins.length <= 1) throw new AppError(409, 'conflict', 'role: a workspace needs at least one admin');
      }
      await deps.db.update(users).set(patch).where(eq(users.id, id));
      return c.json({ member: await inWorkspace(auth.workspaceId, id) });
    });
}
