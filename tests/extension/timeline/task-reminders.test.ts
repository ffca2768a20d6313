import { describe, expect, it } from 'vitest';
import { openFjordDb } from '../../../extension/db/fjord-db';
import { dueReminders, pruneShown, reminderKey, STALE_AFTER_MS } from '../../../extension/timeline/task-reminders';
import type { Task } from '../../../shared/entities/task';
import { newId } from '../../../shared/ids';
import { cachedRecordBase } from '../../helpers/factories';

const NOW = Date.UTC(2026, 11, 2, 9, 0);
const MINUTE = 60_000;

function task(title: string, over: Partial<Task>): Task {
  return {
    ...cachedRecordBase(),
    title,
    description: null,
    dueDate: '2026-12-02',
    dueTime: null,
    assigneeId: 'me',
    status: 'open',
    priority: 'normal',
    remindAt: NOW - MINUTE,
    followUpOf: null,
    completedAt: null,
    companyIds: [],
    contactIds: [],
    ...over,
  };
}

describe('task reminders from the local cache', () => {
  it('picks my open tasks whose reminder has come, oldest first, once per reminder time', async () => {
    const db = openFjordDb(`reminders-${newId()}`);
    const due = task('Call Kari', { remindAt: NOW - 5 * MINUTE });
    const alsoDue = task('Send the offer', { status: 'inProgress', remindAt: NOW });
    await db.tasks.bulkPut([
      due,
      alsoDue,
      task('Later today', { remindAt: NOW + MINUTE }),
      task('No reminder', { remindAt: null }),
      task('Already done', { status: 'done' }),
      task('Cancelled', { status: 'cancelled' }),
      task('Someone else’s', { assigneeId: 'colleague' }),
      task('Missed long ago', { remindAt: NOW - STALE_AFTER_MS - MINUTE }),
    ]);
    expect((await dueReminders(db, 'me', NOW, new Set())).map((t) => t.title)).toEqual(['Call Kari', 'Send the offer']);

    const shown = new Set([reminderKey(due)]);
    expect((await dueReminders(db, 'me', NOW, shown)).map((t) => t.title)).toEqual(['Send the offer']);
    // Moving the reminder makes it a new one.
    await db.tasks.put({ ...due, remindAt: NOW - MINUTE });
    expect((await dueReminders(db, 'me', NOW, shown)).map((t) => t.title)).toEqual(['Call Kari', 'Send the offer']);
    db.close();
  });

  it('forgets shown reminders once they can no longer come due', () => {
    const kept = pruneShown({ old: NOW - 2 * STALE_AFTER_MS - 1, recent: NOW - MINUTE }, NOW);
    expect(kept).toEqual({ recent: NOW - MINUTE });
  });
});
