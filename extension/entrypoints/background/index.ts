import { browser, defineBackground } from '#imports';
import { openFjordDb } from '../../db/fjord-db';
import { handleRequests } from '../../messaging/messages';
import { sessionItem } from '../../settings/settings';
import { adoptSession } from '../../sync/adopt-session';
import { SyncLoop } from '../../sync/sync-loop';
import { refreshMembers } from '../../sync/refresh-members';
import { notifyDueReminders, openRemindedTask } from '../../timeline/reminder-notifier';
import { webmailHandlers } from '../../webmail/webmail-handlers';

const ALARM = 'fjord-sync';
const REMINDERS = 'fjord-reminders';

export default defineBackground({
  type: 'module',
  main() {
    const db = openFjordDb();
    const loop = new SyncLoop(db, () => sessionItem.getValue());
    const wake = () => {
      void loop.kick();
      loop.listen();
      void sessionItem.getValue().then((session) => session && refreshMembers(db, session));
    };

    // The worker may have been killed: re-create the alarm at every start (idempotent by name).
    void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
    void browser.alarms.create(REMINDERS, { periodInMinutes: 1 });
    const remind = () => void sessionItem.getValue().then((session) => session && notifyDueReminders(db, session));
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) wake();
      if (alarm.name === REMINDERS) remind();
    });
    openRemindedTask(db);
    sessionItem.watch(async (session) => {
      loop.stop();
      if (!session) return;
      await adoptSession(db, session);
      wake();
    });
    handleRequests({
      'sync.kick': async () => {
        void loop.kick();
        return { ok: true };
      },
      ...webmailHandlers(db, () => void loop.kick()),
    });
    wake();
    remind();
  },
});
