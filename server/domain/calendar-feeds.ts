import { and, desc, eq, isNull } from 'drizzle-orm';
import { newId } from '../../shared/ids';
import { hashToken, newToken } from '../auth/tokens';
import type { DbOrTx } from '../db/client';
import { calendarFeeds, users } from '../db/schema';
import type { AuthContext, Deps } from '../deps';
import { AppError } from '../http/app-error';

/**
 * A user's private calendar feed URLs, each the caller's own: nobody, admins included, makes,
 * lists or revokes another's. The token is the only secret a calendar app can send, so it is
 * shown once and only its SHA-256 is kept (as for sessions); revoking is final.
 */
export async function createFeed(deps: Deps, auth: AuthContext) {
  const token = newToken();
  const feed = { id: newId(), createdAt: Date.now() };
  await deps.writeLock.run(() =>
    deps.db.insert(calendarFeeds).values({
      ...feed,
      workspaceId: auth.workspaceId,
      userId: auth.userId,
      tokenHash: hashToken(token),
    }),
  );
  return { feed, token };
}

/** The caller's own feeds, newest first, without anything secret. */
export function listFeeds(db: DbOrTx, auth: AuthContext) {
  return db
    .select({ id: calendarFeeds.id, createdAt: calendarFeeds.createdAt, revokedAt: calendarFeeds.revokedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.workspaceId, auth.workspaceId), eq(calendarFeeds.userId, auth.userId)))
    .orderBy(desc(calendarFeeds.createdAt));
}

/** Revokes one of the caller's feeds; anyone else's is not found. Revoking twice is harmless. */
export async function revokeFeed(deps: Deps, auth: AuthContext, id: string) {
  const [feed] = await deps.db
    .select({ revokedAt: calendarFeeds.revokedAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.id, id), eq(calendarFeeds.workspaceId, auth.workspaceId), eq(calendarFeeds.userId, auth.userId)));
  if (!feed) throw new AppError(404, 'notFound', { key: 'errors.notFound.feed' });
  if (feed.revokedAt === null) {
    await deps.writeLock.run(() => deps.db.update(calendarFeeds).set({ revokedAt: Date.now() }).where(eq(calendarFeeds.id, id)));
  }
}

/** Revokes every live feed of a user (deactivated): their calendar apps get 404 from the next poll. */
export async function revokeFeedsOf(db: DbOrTx, userId: string, now = Date.now()) {
  await db
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
}

/**
 * Whose calendar a token opens (still in the feed's workspace), or 404 for unknown and revoked
 * ones and for a deactivated owner's (whose feeds deactivation revokes anyway).
 */
export async function feedOwner(db: DbOrTx, token: string) {
  const [owner] = await db
    .select({ userId: users.id, workspaceId: users.workspaceId, name: users.name, language: users.language })
    .from(calendarFeeds)
    .innerJoin(users, and(eq(users.id, calendarFeeds.userId), eq(users.workspaceId, calendarFeeds.workspaceId)))
    .where(and(eq(calendarFeeds.tokenHash, hashToken(token)), isNull(calendarFeeds.revokedAt), eq(users.active, true)))
    .limit(1);
  if (!owner) throw new AppError(404, 'notFound', { key: 'errors.notFound.feedAddress' });
  return owner;
}
