import { membersApi } from '../../shared/api/members.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { createMember, listMembers, resetMemberPassword, updateMember } from '../domain/members';
import { apiRouter, route } from '../http/api-router';

/**
 * The workspace's users: everyone may list them; admins add, change, offboard and set passwords
 * (who may do what, and the last admin's protection, are server/domain/members.ts's rules).
 */
export function membersRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(membersApi.list, auth), async (c) =>
      c.json({ members: await listMembers(deps.db, c.get('auth').workspaceId) }, 200),
    )
    .openapi(route(membersApi.create, auth), async (c) => {
      const member = await createMember(deps, c.get('auth'), c.req.valid('json'));
      return c.json({ member }, 201);
    })
    .openapi(route(membersApi.update, auth), async (c) => {
      const member = await updateMember(deps, c.get('auth'), c.req.valid('param').id, c.req.valid('json'));
      return c.json({ member }, 200);
    })
    .openapi(route(membersApi.setPassword, auth), async (c) => {
      await resetMemberPassword(deps, c.get('auth'), c.req.valid('param').id, c.req.valid('json').newPassword);
      return c.json({ ok: true as const }, 200);
    });
}
