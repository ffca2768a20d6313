import { login } from '../api/login';
import { useI18n } from '../ui/i18n/use-i18n';
import { SignInForm } from '../ui/sign-in-form';
import { inExtension, type DashboardSession } from './dashboard-session';

type SignInPageProps = { onSignedIn: (session: DashboardSession) => void };

/** On the web: a sign-in form. As an extension page: the extension's own session is used. */
export function SignInPage({ onSignedIn }: SignInPageProps) {
  const { t } = useI18n();
  if (inExtension()) {
    return (
      <main class="page">
        <p class="card">
          {t('dashboard.signIn.fromExtension')} <a href="/options.html">{t('dashboard.signIn.extensionSettings')}</a>{' '}
          {t('dashboard.signIn.fromExtensionEnd')}
        </p>
      </main>
    );
  }
  const signIn = async ({ email, password }: { email: string; password: string }) => {
    const s = await login(location.origin, email, password);
    onSignedIn({ baseUrl: s.serverUrl, token: s.token, email: s.email });
  };
  return (
    <main class="page narrow">
      <SignInForm title={t('dashboard.signIn.title')} onSignIn={signIn} />
    </main>
  );
}
