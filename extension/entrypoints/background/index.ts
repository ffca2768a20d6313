import { browser, defineBackground } from '#imports';
import { openFjordDb } from '../../db/fjord-db';
import { handleRequests } from '../../messaging/messages';
import { sessionItem } from '../../settings/settings';
import { adoptSession } from '../../sync/adopt-session';
import { SyncLoop } from '../../sync/sync-loop';
import { lookupPeople } from '../../webmail/people-lookup';

const ALARM = 'fjord-sync';

export default defineBackground({
  type: 'module',
  main() {
    const db = openFjordDb();
    const loop = new SyncLoop(db, () => sessionItem.getValue());
    const wake = () => {
      void loop.kick();
      loop.listen();
    };

    // The worker may have been killed: re-create the alarm at every start (idempotent by name).
    void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) wake();
    });
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
      'webmail.people': async ({ people }) => ({ people: await lookupPeople(db, people) }),
    });
    wake();
  },
});
