import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api/api-client';
import { useI18n } from './i18n/use-i18n';

type SignInFormProps = {
  title: string;
  /** Shown as an editable "Server URL" field when given (the extension); the web dashboard has its own origin. */
  serverUrl?: Promise<string>;
  onSignIn: (credentials: { serverUrl: string; email: string; password: string }) => Promise<void>;
};

/** E-mail and password (and server URL), with the server's message shown on failure. */
export function SignInForm({ title, serverUrl: initialServerUrl, onSignIn }: SignInFormProps) {
  const { t } = useI18n();
  const [serverUrl, setServerUrl] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => void initialServerUrl?.then(setServerUrl), [initialServerUrl]);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSignIn({ serverUrl, email, password });
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card form" onSubmit={(e) => void submit(e)}>
      <h2>{title}</h2>
      {initialServerUrl && (
        <label>
          {t('ui.signIn.serverUrl')}
          <input name="serverUrl" type="url" required value={serverUrl} onInput={(e) => setServerUrl(e.currentTarget.value)} />
        </label>
      )}
      <label>
        {t('common.email')}
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
        {t('ui.signIn.password')}
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
        {busy ? t('ui.signIn.busy') : t('ui.signIn.submit')}
      </button>
    </form>
  );
}
