import { and, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';
import { sessions } from '../db/schema';
import type { Deps } from '../deps';

type Keep = { exceptTokenHash?: string };

/**
 * Deletes a user's sessions (all, or all but the caller's own), so each token is refused on its
 * next request. Run inside the write that withdraws the access; then call `endOpenStreams`.
 */
export async function deleteSessions(db: DbOrTx, userId: string, keep: Keep = {}) {
  const mine = eq(sessions.userId, userId);
  await db.delete(sessions).where(keep.exceptTokenHash ? and(mine, ne(sessions.tokenHash, keep.exceptTokenHash)) : mine);
}

/**
 * An open `/sync/events` stream was authorised once, when it opened: deleting the session does
 * not reach it, so it is ended here (once the write has committed). Its client reconnects and is
 * refused.
 */
export function endOpenStreams(deps: Pick<Deps, 'eventStreams'>, userId: string, keep: Keep = {}) {
  deps.eventStreams.endForUser(userId, keep);
}
