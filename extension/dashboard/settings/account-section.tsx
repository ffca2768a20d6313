import { useState } from 'preact/hooks';
import { authApi } from '../../../shared/api/auth.api';
import type { ApiClient } from '../../api/api-client';
import { ChangePasswordForm } from './change-password-form';
import './members.css';

type AccountSectionProps = {
  api: ApiClient;
  me: { name: string; email: string } | null;
  onSignedOut: () => void;
};

/** Settings → Your account, for everyone: one's own password, and signing out every device at once. */
export function AccountSection({ api, me, onSignedOut }: AccountSectionProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const everywhere = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await api.call(authApi.logoutAll, {});
      onSignedOut();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      setBusy(false);
    }
  };
  return (
    <section class="card account" data-testid="account">
      <h2>Your account</h2>
      {me && (
        <p class="muted">
          Signed in as {me.name} ({me.email})
        </p>
      )}
      <div class="account-part">
        <ChangePasswordForm api={api} onSignedOut={onSignedOut} />
      </div>
      <div class="account-part">
        <h3>Sign out everywhere</h3>
        <p class="muted small">
          Ends every session of yours at once: this browser, other browsers and the extension. Use it when a device is lost or was
          shared.
        </p>
        {failure && <p class="error">{failure}</p>}
        <button
          type="button"
          class="secondary"
          data-testid="sign-out-everywhere"
          disabled={busy}
          onClick={() => void everywhere()}
        >
          {busy ? 'Signing out…' : 'Sign out everywhere'}
        </button>
      </div>
    </section>
  );
}
