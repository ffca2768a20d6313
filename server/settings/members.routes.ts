import { Hono } from 'hono';
import { z } from 'zod';
import { IdSchema } from '../../shared/entities/base';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { validate } from '../http/validate';
import { createMember, listMembers, resetMemberPassword, updateMember } from '../domain/members';

const RoleSchema = z.enum(['admin', 'member']);
/** The policy beyond length (common passwords, the owner's name and address) is checked on the server: password-policy.ts. */
export const NewPasswordSchema = z.string().min(10, 'must be at least 10 characters').max(200, 'must be at most 200 characters');
export const MemberCreateBody = z.object({
  name: z.string().trim().min(1, 'is required').max(100),
  email: z.email('must be an e-mail address').transform((e) => e.toLowerCase()),
  role: RoleSchema,
  password: NewPasswordSchema,
});
export const MemberPatchBody = z
  .object({ name: MemberCreateBody.shape.name, role: RoleSchema, active: z.boolean() })
  .partial()
  .refine((p) => Object.keys(p).length > 0, { message: 'must change at least one field' });
export const MemberPasswordBody = z.object({ newPassword: NewPasswordSchema });
export const MemberSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: RoleSchema,
  /** A deactivated member keeps their name on their records but cannot sign in. */
  active: z.boolean(),
  deactivatedAt: z.number().nullable(),
});
const IdParam = z.object({ id: IdSchema });

/**
 * The workspace's users (`/api/settings/members`): everyone may list them (owners, assignees, and
 * the names on records, deactivated members too); admins add members, change names and roles,
 * deactivate and reactivate them and set their passwords (server/domain/members.ts).
 */
export function membersRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(requireAuth(deps))
    .get('/', async (c) => c.json({ members: await listMembers(deps.db, c.get('auth').workspaceId) }))
    .post('/', validate('json', MemberCreateBody), async (c) => {
      const member = await createMember(deps, c.get('auth'), c.req.valid('json'));
      return c.json({ member }, 201);
    })
    .patch('/:id', validate('param', IdParam), validate('json', MemberPatchBody), async (c) => {
      const member = await updateMember(deps, c.get('auth'), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ member });
    })
    .post('/:id/password', validate('param', IdParam), validate('json', MemberPasswordBody), async (c) => {
      await resetMemberPassword(deps, c.get('auth'), c.req.valid('param').id, c.req.valid('json').newPassword);
      return c.json({ ok: true as const });
    });
}
