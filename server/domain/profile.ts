import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { MeAnswer, ProfilePatchBody } from '../../shared/api/auth.api';
import type { DbOrTx } from '../db/client';
import { users, workspaces } from '../db/schema';
import type { AuthContext } from '../deps';

type Me = z.output<typeof MeAnswer>['user'];

/** The signed-in user as they see themselves: who, in which workspace, in which language. */
export async function readProfile(db: DbOrTx, auth: AuthContext): Promise<Me> {
  const [row] = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      workspaceId: users.workspaceId,
      workspaceName: workspaces.name,
      language: users.language,
    })
    .from(users)
    .innerJoin(workspaces, eq(workspaces.id, users.workspaceId))
    .where(eq(users.id, auth.userId));
  // requireAuth has just found this user with an active session, so the row is there.
  return row!;
}

/** A user changes their own profile only; nobody else's is reachable through here. */
export async function updateProfile(db: DbOrTx, auth: AuthContext, patch: z.output<typeof ProfilePatchBody>) {
  await db.update(users).set({ language: patch.language }).where(eq(users.id, auth.userId));
  return readProfile(db, auth);
}
