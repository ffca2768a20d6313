import { useEffect, useState } from 'preact/hooks';
import { browser } from '#imports';
import { ApiClient, ApiError } from '../api/api-client';
import { login } from '../api/login';
import type { FjordDb } from '../db/fjord-db';
import { ask } from '../messaging/messages';
import { serverUrlItem, sessionItem } from '../settings/settings';
import { adoptSession } from '../sync/adopt-session';
import type { Session } from '../sync/session';
import { SyncStatus } from '../ui/sync-status';

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
      {session ? <SignedIn db={db} session={session} /> : <SignInForm db={db} />}
    </main>
  );
}

function SignedIn({ db, session }: { db: FjordDb; session: Session }) {
  const signOut = async () => {
    await new ApiClient({ baseUrl: session.serverUrl, token: session.token })
      .request('POST', '/api/auth/logout')
      .catch(() => undefined);
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

function SignInForm({ db }: { db: FjordDb }) {
  const [serverUrl, setServerUrl] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void serverUrlItem.getValue().then(setServerUrl), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const session = await login(serverUrl, email, password);
      await serverUrlItem.setValue(session.serverUrl);
      await adoptSession(db, session);
      await sessionItem.setValue(session);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card form" onSubmit={(e) => void submit(e)}>
      <h2>Sign in</h2>
      <label>
        Server URL
        <input name="serverUrl" type="url" required value={serverUrl} onInput={(e) => setServerUrl(e.currentTarget.value)} />
      </label>
      <label>
        E-mail
        <input
          name="email"
          type="email"
          required
          autoComplete="username"
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
      </label>
      <label>
        Password
        <input
          name="password"
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
