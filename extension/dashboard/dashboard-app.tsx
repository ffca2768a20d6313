import { useEffect, useMemo, useState } from 'preact/hooks';
import { authApi } from '../../shared/api/auth.api';
import type { Language } from '../../shared/i18n/languages';
import { ApiClient } from '../api/api-client';
import { currentI18n, startLanguage, useI18n } from '../ui/i18n/use-i18n';
import { CompaniesPage } from './companies/companies-page';
import { CompanyEditPage } from './companies/form/company-edit-page';
import { CompanyPage } from './companies/company-page';
import { ContactPage } from './contacts/contact-page';
import { ContactEditPage } from './contacts/form/contact-edit-page';
import { ContactsPage } from './contacts/contacts-page';
import type { DashboardSession, SessionStore } from './dashboard-session';
import { SettingsPage } from './settings/settings-page';
import { SavedSelectionsNav } from './records/saved-selections-nav';
import { useOperation } from './ui/use-api';
import { DuplicatesPage } from './duplicates/duplicates-page';
import { MergePage } from './duplicates/merge-page';
import { SignInPage } from './sign-in-page';
import { useHashRoute } from './use-hash-route';
import { MyWorkPage } from './timeline/my-work-page';
import { NotificationsPage } from './notifications/notifications-page';
import { TrashNotice } from './trash/trash-notice';
import { TrashPage } from './trash/trash-page';
import { useUnreadCount } from './notifications/use-unread-count';

type DashboardAppProps = { sessionStore: SessionStore };

/** The desk view: companies and contacts with their cards, and the workspace settings, from the server's REST API. */
export function DashboardApp({ sessionStore }: DashboardAppProps) {
  const { t, f } = useI18n();
  const [session, setSession] = useState<DashboardSession | null | undefined>(undefined);
  const route = useHashRoute();
  useEffect(() => void sessionStore.load().then(setSession), [sessionStore]);
  const api = useMemo(
    () => session && new ApiClient({ baseUrl: session.baseUrl, token: session.token, channel: 'dashboard' }),
    [session],
  );
  // useOperation reads nothing from the client until it has an input, so an absent one is fine before sign-in.
  const me = useOperation(api as ApiClient, authApi.me, api ? {} : null, () => undefined);
  const showLanguage = async (language: Language) => {
    await startLanguage(language);
    sessionStore.saveLanguage(language);
  };
  // A language picked on another device wins over the one this browser last showed; a user who
  // never picked one (null) keeps the browser's. Checked when the answer arrives, not on every
  // switch: this answer predates a pick in Settings and would undo it.
  const profileLanguage = me.data?.user.language ?? null;
  useEffect(() => {
    if (profileLanguage && profileLanguage !== currentI18n().language) void showLanguage(profileLanguage);
  }, [me.data]);
  const unread = useUnreadCount(api, location.hash);
  const isAdmin = me.data?.user.role === 'admin';
  const meId = me.data?.user.id ?? null;
  const signOut = () => {
    sessionStore.save(null);
    setSession(null);
  };

  if (session === undefined) return null;
  const currentHash = location.hash;
  if (!session || !api) {
    return (
      <SignInPage
        onSignedIn={(s) => {
          sessionStore.save(s);
          setSession(s);
        }}
      />
    );
  }
  return (
    <div class="dashboard">
      <nav class="sidebar">
        <strong class="brand">{t('dashboard.nav.brand')}</strong>
        <a href="#/my-work" class={route.page === 'my-work' ? 'active' : ''} data-testid="nav-my-work">
          {t('dashboard.nav.myWork')}
        </a>
        <a href="#/notifications" class={route.page === 'notifications' ? 'active' : ''} data-testid="nav-notifications">
          {t('dashboard.nav.notifications')}
          {unread.count > 0 && <span class="badge">{f.integer(unread.count)}</span>}
        </a>
        <a href="#/companies" class={route.page.startsWith('compan') ? 'active' : ''}>
          {t('common.companies')}
        </a>
        <a href="#/contacts" class={route.page.startsWith('contact') ? 'active' : ''}>
          {t('common.contacts')}
        </a>
        <a href="#/duplicates" class={route.page === 'duplicates' || route.page === 'merge' ? 'active' : ''}>
          {t('dashboard.nav.duplicates')}
        </a>
        {isAdmin && (
          <a href="#/trash" class={route.page === 'trash' ? 'active' : ''} data-testid="nav-trash">
            {t('trash.nav')}
          </a>
        )}
        <a href="#/settings" class={route.page === 'settings' ? 'active' : ''}>
          {t('dashboard.nav.settings')}
        </a>
        <SavedSelectionsNav api={api} userId={meId} currentHash={currentHash} onSignedOut={signOut} />
        <span class="spacer" />
        <span class="muted small">{session.email}</span>
        {sessionStore.signsInHere && (
          <button type="button" class="secondary" onClick={signOut}>
            {t('common.signOut')}
          </button>
        )}
      </nav>
      <main class="content">
        <TrashNotice api={api} isAdmin={isAdmin} page={route.page} />
        {route.page === 'companies' && <CompaniesPage api={api} onSignedOut={signOut} />}
        {route.page === 'company' && <CompanyPage key={route.id} api={api} id={route.id} onSignedOut={signOut} />}
        {route.page === 'company-edit' && (
          <CompanyEditPage key={route.id} api={api} id={route.id} me={meId} onSignedOut={signOut} />
        )}
        {route.page === 'company-new' && <CompanyEditPage api={api} id={null} me={meId} onSignedOut={signOut} />}
        {route.page === 'contacts' && <ContactsPage api={api} onSignedOut={signOut} />}
        {route.page === 'contact' && <ContactPage api={api} id={route.id} isAdmin={isAdmin} onSignedOut={signOut} />}
        {route.page === 'contact-edit' && (
          <ContactEditPage key={route.id} api={api} id={route.id} companyId={null} me={meId} onSignedOut={signOut} />
        )}
        {route.page === 'contact-new' && (
          <ContactEditPage
            key={route.companyId}
            api={api}
            id={null}
            companyId={route.companyId}
            me={meId}
            onSignedOut={signOut}
          />
        )}
        {route.page === 'trash' && <TrashPage api={api} onSignedOut={signOut} />}
        {route.page === 'settings' && <SettingsPage api={api} onLanguage={showLanguage} onSignedOut={signOut} />}
        {route.page === 'notifications' && <NotificationsPage api={api} onSignedOut={signOut} onRead={unread.refresh} />}
        {route.page === 'my-work' && <MyWorkPage api={api} me={meId} onSignedOut={signOut} />}
        {route.page === 'duplicates' && <DuplicatesPage api={api} entity={route.entity} onSignedOut={signOut} />}
        {route.page === 'merge' && (
          <MergePage key={`${route.a}${route.b}`} api={api} entity={route.entity} a={route.a} b={route.b} onSignedOut={signOut} />
        )}
      </main>
    </div>
  );
}
