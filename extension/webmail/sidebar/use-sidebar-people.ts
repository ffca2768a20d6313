import { useCallback, useEffect, useState } from 'preact/hooks';
import { ask, type Requests } from '../../messaging/messages';
import { currentI18n } from '../../ui/i18n/use-i18n';
import type { Mailbox } from '../conversation';
import type { EmailToLog } from '../email-to-log';

export type SidebarPeople = Requests['webmail.people']['response'];

/**
 * The participants as the cache knows them, asked of the background when the conversation opens
 * and again after the sidebar changed something (`reload`).
 */
export function useSidebarPeople(people: Mailbox[], email: EmailToLog | null) {
  const [data, setData] = useState<SidebarPeople | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    try {
      setData(await ask('webmail.people', { people, email }));
      setError(null);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      setError(currentI18n().t('sidebar.error.unreachable', { reason }));
    }
  }, [people, email]);
  useEffect(() => void reload(), [reload]);
  return { data, error, reload, markLogged: () => setData((d) => d && { ...d, logged: true }) };
}
