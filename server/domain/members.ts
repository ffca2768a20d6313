import { and, asc, eq, ne } from 'drizzle-orm';
import type { z } from 'zod';
import type { MemberCreateBody, MemberPatchBody } from '../../shared/api/members.api';
import { newId } from '../../shared/ids';
import { deleteSessions, endOpenStreams } from '../auth/end-sessions';
import { hashPassword } from '../auth/password';
import { requireAcceptablePassword } from '../auth/password-policy';
import type { DbOrTx } from '../db/client';
import { users } from '../db/schema';
import { isUniqueViolation } from '../db/unique-violation';
import { withWriteTransaction } from '../db/write-transaction';
import type { AuthContext, Deps } from '../deps';
import { AppError, fieldError } from '../http/app-error';
import { revokeFeedsOf } from './calendar-feeds';

type MemberPatch = z.output<typeof MemberPatchBody>;
type NewMember = z.output<typeof MemberCreateBody>;

const columns = {
  id: users.id,
  name: users.name,
  email: users.email,
  role: users.role,
  active: users.active,
  deactivatedAt: users.deactivatedAt,
};

export function listMembers(db: DbOrTx, workspaceId: string) {
  return db.select(columns).from(users).where(eq(users.workspaceId, workspaceId)).orderBy(asc(users.name));
}

async function memberIn(db: DbOrTx, workspaceId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(users)
    .where(and(eq(users.id, id), eq(users.workspaceId, workspaceId)));
  if (!row) throw new AppError(404, 'notFound', { key: 'errors.notFound.member' });
  return row;
}

/** Checked again inside the write: an admin demoted a moment ago no longer manages anyone. */
async function requireActiveAdmin(db: DbOrTx, auth: AuthContext) {
  const [caller] = await db.select({ role: users.role, active: users.active }).from(users).where(eq(users.id, auth.userId));
  if (caller?.role !== 'admin' || !caller.active) throw new AppError(403, 'forbidden', { key: 'errors.admin.members' });
}

/** Everything that must not interleave with another member change runs under one write lock and transaction. */
function inWrite<T>(deps: Deps, work: (db: DbOrTx) => Promise<T>): Promise<T> {
  return deps.writeLock.run(() => withWriteTransaction(deps.client, ({ db }) => work(db)));
}

export async function createMember(deps: Deps, auth: AuthContext, member: NewMember) {
  requireAdminRole(auth);
  const { password, ...fields } = member;
  await requireAcceptablePassword('password', password, fields);
  // Sign-in is by e-mail across workspaces, so an address is one user's anywhere.
  const emailTaken = fieldError(409, 'conflict', 'email', { key: 'errors.members.emailTaken' });
  const [taken] = await deps.db.select({ id: users.id }).from(users).where(eq(users.email, fields.email));
  if (taken) throw emailTaken;
  const id = newId();
  const passwordHash = await hashPassword(password);
  try {
    await deps.db.insert(users).values({ id, workspaceId: auth.workspaceId, ...fields, passwordHash, createdAt: Date.now() });
  } catch (err) {
    // Two admins adding the same address at once both pass the check above: the unique index decides.
    if (isUniqueViolation(err)) throw emailTaken;
    throw err;
  }
  return memberIn(deps.db, auth.workspaceId, id);
}

/**
 * Renames, changes the role, deactivates or reactivates. Deactivating deletes every session and
 * revokes every calendar feed of theirs in the same write, so each stops at its next request;
 * reactivating lets them sign in again (old sessions and feeds stay gone). The check that another
 * active admin remains and the write share one transaction, so two admins demoting each other at
 * once leave one admin, not none.
 */
export async function updateMember(deps: Deps, auth: AuthContext, id: string, patch: MemberPatch) {
  requireAdminRole(auth);
  const now = Date.now();
  const { member, deactivated } = await inWrite(deps, async (db) => {
    await requireActiveAdmin(db, auth);
    const current = await memberIn(db, auth.workspaceId, id);
    const losesAdmin = current.role === 'admin' && current.active && (patch.role === 'member' || patch.active === false);
    if (losesAdmin && !(await anotherActiveAdmin(db, auth.workspaceId, id))) {
      const field = patch.active === false ? 'active' : 'role';
      throw fieldError(409, 'conflict', field, { key: 'errors.members.lastAdmin' });
    }
    const deactivating = patch.active === false && current.active;
    const reactivating = patch.active === true && !current.active;
    const set = {
      ...(patch.name !== undefined && { name: patch.name }),
      ...(patch.role !== undefined && { role: patch.role }),
      ...(deactivating && { active: false, deactivatedAt: now }),
      ...(reactivating && { active: true, deactivatedAt: null }),
    };
    if (Object.keys(set).length > 0) await db.update(users).set(set).where(eq(users.id, id));
    if (deactivating) {
      await deleteSessions(db, id);
      await revokeFeedsOf(db, id, now);
    }
    return { member: await memberIn(db, auth.workspaceId, id), deactivated: deactivating };
  });
  if (deactivated) endOpenStreams(deps, id);
  return member;
}

/** An admin sets a member's password (they forgot it, or it leaked): every session of theirs ends. */
export async function resetMemberPassword(deps: Deps, auth: AuthContext, id: string, newPassword: string) {
  requireAdminRole(auth);
  const target = await memberIn(deps.db, auth.workspaceId, id);
  await requireAcceptablePassword('newPassword', newPassword, target);
  const passwordHash = await hashPassword(newPassword);
  await inWrite(deps, async (db) => {
    await requireActiveAdmin(db, auth);
    await db
      .update(users)
      .set({ passwordHash })
      .where(and(eq(users.id, id), eq(users.workspaceId, auth.workspaceId)));
    await deleteSessions(db, id);
  });
  endOpenStreams(deps, id);
}

function requireAdminRole(auth: AuthContext) {
  if (auth.role !== 'admin') throw new AppError(403, 'forbidden', { key: 'errors.admin.members' });
}

async function anotherActiveAdmin(db: DbOrTx, workspaceId: string, exceptId: string): Promise<boolean> {
  const [other] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.workspaceId, workspaceId), eq(users.role, 'admin'), eq(users.active, true), ne(users.id, exceptId)))
    .limit(1);
  return !!other;
}
