import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import type { ReadBody } from '../../shared/api/notifications.api';
import type { DbOrTx } from '../db/client';
import { notifications } from '../db/schema';
import type { AuthContext, Deps } from '../deps';

/** Which of the caller's notifications to mark read: some by id, or every unread one. */
type ReadWhich = z.output<typeof ReadBody>;

/** A notification is its recipient's alone: every query here is scoped to the caller. */
const mine = (auth: AuthContext) => and(eq(notifications.workspaceId, auth.workspaceId), eq(notifications.userId, auth.userId));

/** The caller's notifications, newest first, with how many are unread. */
export async function listNotifications(db: DbOrTx, auth: AuthContext, opts: { unreadOnly: boolean; limit: number }) {
  const unread = and(mine(auth), isNull(notifications.readAt));
  const [items, [counted]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        companyId: notifications.companyId,
        kind: notifications.kind,
        title: notifications.title,
        body: notifications.body,
        createdAt: notifications.createdAt,
        readAt: notifications.readAt,
      })
      .from(notifications)
      .where(opts.unreadOnly ? unread : mine(auth))
      .orderBy(desc(notifications.createdAt))
      .limit(opts.limit),
    db.select({ n: count() }).from(notifications).where(unread),
  ]);
  return { items, unread: counted?.n ?? 0 };
}

/** Ids that are not the caller's (or already read) are passed over, so nobody learns which exist. */
export async function markNotificationsRead(deps: Deps, auth: AuthContext, which: ReadWhich) {
  const unread = and(mine(auth), isNull(notifications.readAt));
  await deps.writeLock.run(() =>
    deps.db
      .update(notifications)
      .set({ readAt: Date.now() })
      .where('ids' in which ? and(unread, inArray(notifications.id, which.ids)) : unread),
  );
}
