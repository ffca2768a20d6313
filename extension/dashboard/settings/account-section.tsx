import { useState } from 'preact/hooks';
import { authApi } from '../../../shared/api/auth.api';
import type { Language } from '../../../shared/i18n/languages';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { ChangePasswordForm } from './change-password-form';
import { LanguagePicker } from './language-picker';
import './members.css';

type AccountSectionProps = {
  api: ApiClient;
  me: { name: string; email: string } | null;
  onLanguage: (language: Language) => Promise<void>;
  onSignedOut: () => void;
};

/** Settings → Your account, for everyone: one's own language and password, and signing out every device at once. */
export function AccountSection({ api, me, onLanguage, onSignedOut }: AccountSectionProps) {
  const { t } = useI18n();
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
      <h2>{t('settings.account.title')}</h2>
      {me && <p class="muted">{t('settings.account.signedInAs', { name: me.name, email: me.email })}</p>}
      <div class="account-part">
        <LanguagePicker api={api} onLanguage={onLanguage} onSignedOut={onSignedOut} />
      </div>
      <div class="account-part">
        <ChangePasswordForm api={api} onSignedOut={onSignedOut} />
      </div>
      <div class="account-part">
        <h3>{t('settings.account.everywhere')}</h3>
        <p class="muted small">{t('settings.account.everywhereAbout')}</p>
        {failure && <p class="error">{failure}</p>}
        <button
          type="button"
          class="secondary"
          data-testid="sign-out-everywhere"
          disabled={busy}
          onClick={() => void everywhere()}
        >
          {busy ? t('settings.account.signingOut') : t('settings.account.everywhere')}
        </button>
      </div>
    </section>
  );
}
