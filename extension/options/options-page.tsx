import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from '#imports';
import { authApi } from '../../shared/api/auth.api';
import { ApiClient } from '../api/api-client';
import { login } from '../api/login';
import type { FjordDb } from '../db/fjord-db';
import { ask } from '../messaging/messages';
import { serverUrlItem, sessionItem } from '../settings/settings';
import { adoptSession } from '../sync/adopt-session';
import type { Session } from '../sync/session';
import { useI18n } from '../ui/i18n/use-i18n';
import { SignInForm } from '../ui/sign-in-form';
import { SyncStatus } from '../ui/sync-status';
import { WebmailSettingsForm } from './webmail-settings-form';

type OptionsPageProps = { db: FjordDb };

/** Server URL, sign-in and sync state. */
export function OptionsPage({ db }: OptionsPageProps) {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  useEffect(() => {
    void sessionItem.getValue().then(setSession);
    return sessionItem.watch(setSession);
  }, []);
  // Here rather than in the mount: signing in can switch the language while the page is open.
  useEffect(() => {
    document.title = t('options.title');
  }, [t]);
  if (session === undefined) return null;
  return (
    <main class="page options">
      <h1>Fjord CRM</h1>
      {session ? (
        <>
          <SignedIn db={db} session={session} />
          <WebmailSettingsForm />
        </>
      ) : (
        <SignIn db={db} />
      )}
    </main>
  );
}

function SignedIn({ db, session }: { db: FjordDb; session: Session }) {
  const { t } = useI18n();
  const signOut = async () => {
    await new ApiClient({ baseUrl: session.serverUrl, token: session.token }).call(authApi.logout, {}).catch(() => undefined);
    await sessionItem.setValue(null);
  };
  return (
    <section class="card">
      <p data-testid="signed-in">
        {t('options.signedIn', { email: session.email, workspace: session.workspaceName, server: session.serverUrl })}
      </p>
      <SyncStatus db={db} signedIn />
      <div class="actions">
        <button type="button" onClick={() => void ask('sync.kick', {})}>
          {t('options.syncNow')}
        </button>
        <a class="button secondary" href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
          {t('options.openDashboard')}
        </a>
        <button type="button" class="secondary" onClick={() => void signOut()}>
          {t('common.signOut')}
        </button>
      </div>
    </section>
  );
}

function SignIn({ db }: { db: FjordDb }) {
  const { t } = useI18n();
  const remembered = useMemo(() => serverUrlItem.getValue(), []);
  const signIn = async ({ serverUrl, email, password }: { serverUrl: string; email: string; password: string }) => {
    const session = await login(serverUrl, email, password);
    await serverUrlItem.setValue(session.serverUrl);
    await adoptSession(db, session);
    await sessionItem.setValue(session);
  };
  return <SignInForm title={t('options.signIn')} serverUrl={remembered} onSignIn={signIn} />;
}
