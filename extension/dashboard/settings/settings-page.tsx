import { LIST_KINDS } from '../../../shared/entities/list-item';
import { authApi } from '../../../shared/api/auth.api';
import { membersApi } from '../../../shared/api/members.api';
import { listItemsApi } from '../../../shared/api/settings-lists.api';
import type { Language } from '../../../shared/i18n/languages';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { AccountSection } from './account-section';
import { CustomFieldsSettings } from '../custom-fields/custom-fields-settings';
import { ListSection } from './list-section';
import { MembersSection } from './members-section';
import { RegistersSection } from './registers-section';
import { CreditProvidersSection } from './credit-providers-section';
import { useOperation } from '../ui/use-api';

type SettingsPageProps = {
  api: ApiClient;
  /** Switches every screen to the language the user picked and remembers it for the next load. */
  onLanguage: (language: Language) => Promise<void>;
  onSignedOut: () => void;
};

/** The workspace's lists (relationship types, statuses, …) and its members; only admins change the lists. */
export function SettingsPage({ api, onLanguage, onSignedOut }: SettingsPageProps) {
  const { t } = useI18n();
  const me = useOperation(api, authApi.me, {}, onSignedOut);
  const lists = useOperation(api, listItemsApi.list, {}, onSignedOut);
  const members = useOperation(api, membersApi.list, {}, onSignedOut);
  // Read-only until we know the role: a member should never see controls that only fail.
  const isAdmin = me.data?.user.role === 'admin';
  const admins = members.data?.members.filter((m) => m.role === 'admin' && m.active).map((m) => m.name) ?? [];
  return (
    <section data-testid="settings" class="settings">
      <header class="content-header">
        <div>
          <h1>{t('settings.page.title')}</h1>
          {me.data && <p class="muted">{me.data.user.workspaceName}</p>}
        </div>
      </header>
      {me.data && !isAdmin && (
        <p class="warning" data-testid="read-only-note">
          {admins.length > 0 ? t('settings.page.readOnlyAdmins', { admins: admins.join(', ') }) : t('settings.page.readOnly')}
        </p>
      )}
      {(lists.error || me.error) && <p class="error">{lists.error ?? me.error}</p>}
      {!lists.data && !lists.error && <p class="muted">{t('common.loading')}</p>}
      {lists.data && (
        <div class="settings-grid">
          {LIST_KINDS.map((kind) => (
            <ListSection
              key={kind}
              api={api}
              kind={kind}
              items={lists.data?.items.filter((item) => item.kind === kind) ?? []}
              readOnly={!isAdmin}
              onChanged={lists.reload}
              onSignedOut={onSignedOut}
            />
          ))}
        </div>
      )}
      <CustomFieldsSettings api={api} readOnly={!isAdmin} onSignedOut={onSignedOut} />
      <RegistersSection api={api} isAdmin={isAdmin} onSignedOut={onSignedOut} />
      {isAdmin && <CreditProvidersSection api={api} onSignedOut={onSignedOut} />}
      <AccountSection api={api} me={me.data?.user ?? null} onLanguage={onLanguage} onSignedOut={onSignedOut} />
      <MembersSection
        api={api}
        members={members.data?.members ?? null}
        error={members.error}
        isAdmin={isAdmin}
        meId={me.data?.user.id ?? null}
        onChanged={members.reload}
        onSignedOut={onSignedOut}
      />
    </section>
  );
}
