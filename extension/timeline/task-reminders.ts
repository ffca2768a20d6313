import type { Task } from '../../shared/entities/task';
import type { FjordDb } from '../db/fjord-db';

const HOUR = 3_600_000;
/**
 * A reminder missed by more than this (the browser was closed over the weekend) is not shown
 * any more: the task itself is still in "My work".
 */
export const STALE_AFTER_MS = 24 * HOUR;

/** One reminder: the task and the moment it was set for, so moving the reminder shows it again. */
export const reminderKey = (task: Pick<Task, 'id' | 'remindAt'>) => `${task.id}@${task.remindAt}`;

/**
 * The reminders due now for the user's own open tasks in the local cache, oldest first, leaving
 * out those already shown (keys in `shown`) and those stale.
 */
export async function dueReminders(db: FjordDb, userId: string, now: number, shown: ReadonlySet<string>): Promise<Task[]> {
  const mine = await db.tasks.where('assigneeId').equals(userId).toArray();
  return mine
    .filter(
      (t) =>
        (t.status === 'open' || t.status === 'inProgress') &&
        !t.deletedAt &&
        t.remindAt !== null &&
        t.remindAt <= now &&
        t.remindAt > now - STALE_AFTER_MS &&
        !shown.has(reminderKey(t)),
    )
    .sort((a, b) => a.remindAt! - b.remindAt!);
}

/** Keys worth keeping: those whose reminder could still come due, so the list does not grow forever. */
export function pruneShown(shown: Record<string, number>, now: number): Record<string, number> {
  return Object.fromEntries(Object.entries(shown).filter(([, at]) => at > now - 2 * STALE_AFTER_MS));
}
