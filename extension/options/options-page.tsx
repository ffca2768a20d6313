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
import { SignInForm } from '../ui/sign-in-form';
import { SyncStatus } from '../ui/sync-status';
import { WebmailSettingsForm } from './webmail-settings-form';

type OptionsPageProps = { db: FjordDb };

/** Server URL, sign-in and sync state. */
export function OptionsPage({ db }: OptionsPageProps) {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  useEffect(() => {
    void sessionItem.getValue().then(setSession);
    return sessionItem.watch(setSession);
  }, []);
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
  const signOut = async () => {
    await new ApiClient({ baseUrl: session.serverUrl, token: session.token }).call(authApi.logout, {}).catch(() => undefined);
    await sessionItem.setValue(null);
  };
  return (
    <section class="card">
      <p data-testid="signed-in">
        Signed in as <strong>{session.email}</strong> to <strong>{session.workspaceName}</strong> on {session.serverUrl}
      </p>
      <SyncStatus db={db} signedIn />
      <div class="actions">
        <button type="button" onClick={() => void ask('sync.kick', {})}>
          Sync now
        </button>
        <a class="button secondary" href={browser.runtime.getURL('/dashboard.html')} target="_blank" rel="noreferrer">
          Open dashboard
        </a>
        <button type="button" class="secondary" onClick={() => void signOut()}>
          Sign out
        </button>
      </div>
    </section>
  );
}

function SignIn({ db }: { db: FjordDb }) {
  const remembered = useMemo(() => serverUrlItem.getValue(), []);
  const signIn = async ({ serverUrl, email, password }: { serverUrl: string; email: string; password: string }) => {
    const session = await login(serverUrl, email, password);
    await serverUrlItem.setValue(session.serverUrl);
    await adoptSession(db, session);
    await sessionItem.setValue(session);
  };
  return <SignInForm title="Sign in" serverUrl={remembered} onSignIn={signIn} />;
}
