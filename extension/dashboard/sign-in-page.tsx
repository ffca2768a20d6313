import { login } from '../api/login';
import { SignInForm } from '../ui/sign-in-form';
import { inExtension, type DashboardSession } from './dashboard-session';

type SignInPageProps = { onSignedIn: (session: DashboardSession) => void };

/** On the web: a sign-in form. As an extension page: the extension's own session is used. */
export function SignInPage({ onSignedIn }: SignInPageProps) {
  if (inExtension()) {
    return (
      <main class="page">
        <p class="card">
          Sign in from the extension's <a href="/options.html">settings</a> first.
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
      <SignInForm title="Sign in to Fjord CRM" onSignIn={signIn} />
    </main>
  );
}
