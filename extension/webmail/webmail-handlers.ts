import { browser } from '#imports';
import { addressRules, matchesAddressRules } from '../../shared/mail/address-rules';
import { errorText } from '../../shared/mutations/error-text';
import { MutationError } from '../../shared/mutations/mutation-error';
import type { FjordDb } from '../db/fjord-db';
import type { Handlers } from '../messaging/messages';
import { sessionItem } from '../settings/settings';
import { webmailSettingsItem } from '../settings/webmail-settings';
import { runCommands } from '../sync/commands';
import { backgroundI18n } from '../ui/i18n/background-i18n';
import { actorOf, type Session } from '../sync/session';
import { addContactCommands } from './add-contact';
import { isLogged, logEmail } from './log-email';
import { lookupPeople } from './people-lookup';
import { quickLogCommands } from '../timeline/quick-log';

type WebmailHandlers = Pick<
  Handlers,
  'webmail.people' | 'webmail.log' | 'webmail.addContact' | 'webmail.quickLog' | 'dashboard.open'
>;

/**
 * The background has no screen whose language was started: what it tells the sidebar is written in
 * the user's language at the time (their pick, else the browser's, as the sidebar does).
 */
async function requireSession(): Promise<Session> {
  const session = await sessionItem.getValue();
  if (!session) throw new Error((await backgroundI18n()).t('sidebar.error.signIn'));
  return session;
}

/**
 * The background's side of the webmail sidebar: lookups in the cache, and writes through the
 * outbox (`kick` pushes them). The user's settings are applied here, where the sidebar cannot
 * get around them: own addresses are left out, never-log addresses stop any logging.
 */
export function webmailHandlers(db: FjordDb, kick: () => void): WebmailHandlers {
  const neverLogged = async (addresses: string[]) => {
    const rules = addressRules((await webmailSettingsItem.getValue()).neverLog);
    return addresses.filter((a) => matchesAddressRules(a, rules));
  };
  return {
    'webmail.people': async ({ people, email }) => {
      const [session, settings] = await Promise.all([sessionItem.getValue(), webmailSettingsItem.getValue()]);
      const own = addressRules([...settings.ownAddresses, ...(session ? [session.email] : [])]);
      const others = people.filter((p) => !matchesAddressRules(p.address, own));
      const cards = await lookupPeople(db, others);
      const blockedBy = await neverLogged(others.map((p) => p.address));
      let logged = session && email ? await isLogged(db, actorOf(session), email.messageKey) : false;
      let autoLogged = false;
      const known = cards.filter((c) => c.contact);
      if (session && email && !logged && settings.autoLog && known.length > 0 && blockedBy.length === 0) {
        const companyIds = [...new Set(known.flatMap((c) => c.companies.slice(0, 1).map((co) => co.id)))];
        try {
          await logEmail(
            db,
            actorOf(session),
            email,
            known.map((c) => c.contact!.id),
            companyIds,
          );
          logged = autoLogged = true;
          kick();
        } catch (err) {
          // A member may not log e-mails with a contact whose e-mails are blocked: the card still
          // shows, and logging by hand (without that contact) says why.
          if (!(err instanceof MutationError && err.reason === 'forbidden')) throw err;
        }
      }
      return { people: cards, logged, autoLogged, neverLogged: blockedBy };
    },
    'webmail.log': async ({ email, contactIds, companyIds }) => {
      const session = await requireSession();
      const everyone = [email.from, ...email.to, ...email.cc].map((p) => p.address);
      const blocked = await neverLogged(everyone);
      if (blocked.length > 0) {
        const { t, f } = await backgroundI18n();
        throw new Error(t('sidebar.log.onNeverLogList', { count: blocked.length, addresses: f.list(blocked) }));
      }
      try {
        const id = await logEmail(db, actorOf(session), email, contactIds, companyIds);
        kick();
        return { id };
      } catch (err) {
        // The sidebar shows the message as it is: the reason in words, without the field's name.
        if (!(err instanceof MutationError)) throw err;
        const { t } = await backgroundI18n();
        throw new Error(`${typeof err.text === 'string' ? err.text : errorText(t, err.text)}.`, { cause: err });
      }
    },
    'webmail.addContact': async (draft) => {
      const session = await requireSession();
      const { contactId, companyId, commands } = addContactCommands(draft);
      await runCommands(db, actorOf(session), commands);
      kick();
      return { contactId, companyId };
    },
    'webmail.quickLog': async (log) => {
      const session = await requireSession();
      await runCommands(db, actorOf(session), quickLogCommands(log, session.userId));
      kick();
      return { ok: true };
    },
    'dashboard.open': async ({ hash }) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`/dashboard.html${hash}`) });
      return { ok: true };
    },
  };
}
