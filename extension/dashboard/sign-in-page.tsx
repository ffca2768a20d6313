import { useState } from 'preact/hooks';
import { ApiError } from '../api/api-client';
import { login } from '../api/login';
import { inExtension, type DashboardSession } from './dashboard-session';

type SignInPageProps = { onSignedIn: (session: DashboardSession) => void };

/** On the web: a sign-in form. As an extension page: the extension's own session is used. */
export function SignInPage({ onSignedIn }: SignInPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (inExtension()) {
    return (
      <main class="page">
        <p class="card">
          Sign in from the extension's <a href="/options.html">settings</a> first.
        </p>
      </main>
    );
  }
  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = await login(location.origin, email, password);
      onSignedIn({ baseUrl: s.serverUrl, token: s.token, email: s.email });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main class="page narrow">
      <form class="card form" onSubmit={(e) => void submit(e)}>
        <h1>Sign in to Fjord CRM</h1>
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
    </main>
  );
}
