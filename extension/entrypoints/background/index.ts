import { browser, defineBackground } from '#imports';
import { openFjordDb } from '../../db/fjord-db';
import { handleRequests } from '../../messaging/messages';
import { sessionItem } from '../../settings/settings';
import { adoptSession } from '../../sync/adopt-session';
import { SyncLoop } from '../../sync/sync-loop';
import { lookupPeople } from '../../webmail/people-lookup';
import { isLogged, logEmail } from '../../webmail/log-email';
import { actorOf } from '../../sync/session';

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
      'webmail.people': async ({ people, messageKey }) => {
        const session = await sessionItem.getValue();
        const logged = session && messageKey ? await isLogged(db, actorOf(session), messageKey) : false;
        return { people: await lookupPeople(db, people), logged };
      },
      'webmail.log': async ({ email, contactIds, companyIds }) => {
        const session = await sessionItem.getValue();
        if (!session) throw new Error('Sign in to Fjord (the extension options) to log e-mails.');
        const id = await logEmail(db, actorOf(session), email, contactIds, companyIds);
        void loop.kick();
        return { id };
      },
    });
    wake();
  },
});
