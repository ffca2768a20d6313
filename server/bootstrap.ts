import { randomBytes } from 'node:crypto';
import { newId } from '../shared/ids';
import { hashPassword } from './auth/password';
import type { Deps } from './deps';
import { createDefaultLists } from './workspace-defaults';
import { users, workspaces } from './db/schema';

export type FirstStart = { email: string; password: string | null; workspaceId: string; userId: string };

/**
 * On an empty database: one workspace and its admin, from ADMIN_EMAIL / ADMIN_PASSWORD or with a
 * generated password that is returned once to be printed (only its hash is stored). WORKSPACE_LANGUAGE
 * names the default lists and is the admin's language until they pick another.
 */
export async function bootstrap(deps: Deps): Promise<FirstStart | null> {
  const { db, env } = deps;
  const existing = await db.select({ id: workspaces.id }).from(workspaces).limit(1);
  if (existing.length > 0) return null;
  const email = (env.ADMIN_EMAIL ?? 'admin@fjord.local').toLowerCase();
  const generated = env.ADMIN_PASSWORD ? null : randomBytes(12).toString('base64url');
  const password = env.ADMIN_PASSWORD ?? generated!;
  const now = Date.now();
  const workspaceId = newId();
  const userId = newId();
  const passwordHash = await hashPassword(password);
  await db.batch([
    db.insert(workspaces).values({ id: workspaceId, name: env.WORKSPACE_NAME, version: 0, createdAt: now }),
    db.insert(users).values({
      id: userId,
      workspaceId,
      email,
      name: 'Admin',
      role: 'admin',
      passwordHash,
      language: env.WORKSPACE_LANGUAGE ?? null,
      createdAt: now,
    }),
  ]);
  await createDefaultLists(deps, { workspaceId, userId, role: 'admin' }, env.WORKSPACE_LANGUAGE ?? 'en');
  return { email, password: generated, workspaceId, userId };
}
