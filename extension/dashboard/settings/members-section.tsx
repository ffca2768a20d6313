import type { Member } from '../../../shared/api/members.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { AddMemberForm } from './add-member-form';
import { MemberRow } from './member-row';
import './members.css';

type MembersSectionProps = {
  api: ApiClient;
  members: Member[] | null;
  error: string | null;
  /** Admins add, deactivate and reactivate members, change roles and set passwords; everyone else reads. */
  isAdmin: boolean;
  /** The signed-in user: deactivating oneself signs this dashboard out. */
  meId: string | null;
  onChanged: () => void;
  onSignedOut: () => void;
};

/** The workspace's users, and for admins the means to add, change and offboard them. */
export function MembersSection({ api, members, error, isAdmin, meId, onChanged, onSignedOut }: MembersSectionProps) {
  const { t } = useI18n();
  return (
    <section class="card members" data-testid="members">
      <h2>{t('settings.members.title')}</h2>
      {error && <p class="error">{error}</p>}
      {!members && !error && <p class="muted">{t('common.loading')}</p>}
      {members && members.length > 0 && (
        <div class="members-scroll">
          <table class="list members-table">
            <thead>
              <tr>
                <th>{t('common.name')}</th>
                <th>{t('settings.members.role')}</th>
                {isAdmin && (
                  <th>
                    <span class="visually-hidden">{t('settings.members.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <MemberRow
                  key={member.id}
                  api={api}
                  member={member}
                  isAdmin={isAdmin}
                  isMe={member.id === meId}
                  onChanged={onChanged}
                  onSignedOut={onSignedOut}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {isAdmin && <AddMemberForm api={api} onAdded={onChanged} />}
    </section>
  );
}
