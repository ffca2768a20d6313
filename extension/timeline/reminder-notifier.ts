import { browser, storage } from '#imports';
import type { Task } from '../../shared/entities/task';
import type { FjordDb } from '../db/fjord-db';
import { backgroundI18n, type BackgroundI18n } from '../ui/i18n/background-i18n';
import type { Session } from '../sync/session';
import { dueReminders, pruneShown, reminderKey } from './task-reminders';
import { taskDue } from '../../shared/timeline/task-due';

/** Reminders already shown (key → when), so a worker restart does not show them twice. */
const shownItem = storage.defineItem<Record<string, number>>('local:shownReminders', { fallback: {} });

const NOTIFICATION_PREFIX = 'fjord-task:';

/**
 * Shows a system notification for each task reminder that has come due, from the local cache, so
 * it works offline. Clicking one opens the task's company (or contact, or "My work") in the dashboard.
 */
export async function notifyDueReminders(db: FjordDb, session: Session, now = Date.now()) {
  const shown = await shownItem.getValue();
  const due = await dueReminders(db, session.userId, now, new Set(Object.keys(shown)));
  if (due.length === 0) return;
  const i18n = await backgroundI18n();
  for (const task of due) {
    const when = dueText(task, i18n);
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${task.id}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon-128.png'),
      title: task.title,
      message: task.description ? `${when}: ${task.description.slice(0, 200)}` : when,
      priority: task.priority === 'high' ? 2 : 0,
    });
    shown[reminderKey(task)] = now;
  }
  await shownItem.setValue(pruneShown(shown, now));
}

/** "Due 3 Dec 2026, 09:15" in the user's language. */
function dueText(task: Pick<Task, 'dueDate' | 'dueTime'>, { t, f }: BackgroundI18n): string {
  if (!task.dueDate) return t('ui.reminder.title');
  return t('ui.reminder.due', { when: taskDue(task, f) });
}

/** A click on a reminder opens where the task lives. */
export function openRemindedTask(db: FjordDb) {
  browser.notifications.onClicked.addListener((notificationId) => {
    if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
    const id = notificationId.slice(NOTIFICATION_PREFIX.length);
    void db.tasks.get(id).then((task) => {
      const hash = task?.companyIds[0]
        ? `#/companies/${task.companyIds[0]}?tab=timeline`
        : task?.contactIds[0]
          ? `#/contacts/${task.contactIds[0]}`
          : '#/my-work';
      void browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
      void browser.notifications.clear(notificationId);
    });
  });
}
