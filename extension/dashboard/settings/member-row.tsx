import { useState } from 'preact/hooks';
import type { MessageKey } from '../../../shared/i18n/messages';
import type { ApiClient } from '../../api/api-client';
import { membersApi, type Member } from '../../../shared/api/members.api';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import { MemberPasswordForm } from './member-password-form';

type MemberRowProps = {
  api: ApiClient;
  member: Member;
  isAdmin: boolean;
  isMe: boolean;
  onChanged: () => void;
  onSignedOut: () => void;
};

type Mode = 'idle' | 'confirm' | 'password';

const ROLES: Record<Member['role'], MessageKey> = { member: 'settings.member.role.member', admin: 'settings.member.role.admin' };

/** One member; for admins their role, deactivate or reactivate (after saying what it does) and a new password. */
export function MemberRow({ api, member, isAdmin, isMe, onChanged, onSignedOut }: MemberRowProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>('idle');
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ text: string; error: boolean } | null>(null);
  const act = async (work: () => Promise<unknown>, done: string | null) => {
    setBusy(true);
    setNote(null);
    try {
      await work();
      setMode('idle');
      if (done) setNote({ text: done, error: false });
    } catch (err) {
      setNote({ text: err instanceof Error ? err.message : String(err), error: true });
    } finally {
      setBusy(false);
    }
    onChanged();
  };
  const toggleActive = async () => {
    await act(() => api.call(membersApi.update, { params: { id: member.id }, json: { active: !member.active } }), null);
    if (isMe && member.active) onSignedOut();
  };
  const columns = isAdmin ? 3 : 2;
  return (
    <>
      <tr data-testid="member-row" data-member={member.email} class={member.active ? undefined : 'inactive'}>
        <td>
          <span class="member-name">{member.name}</span>
          {!member.active && (
            <span class="chip inactive-badge" data-testid="inactive-badge">
              {t('settings.member.inactive')}
            </span>
          )}
          <a class="member-email" href={`mailto:${member.email}`}>
            {member.email}
          </a>
        </td>
        <td>
          {isAdmin ? (
            <select
              aria-label={t('settings.member.roleOf', { name: member.name })}
              value={member.role}
              disabled={busy}
              onChange={(e) => {
                const role = e.currentTarget.value as Member['role'];
                void act(() => api.call(membersApi.update, { params: { id: member.id }, json: { role } }), null);
              }}
            >
              {Object.entries(ROLES).map(([role, label]) => (
                <option key={role} value={role}>
                  {t(label)}
                </option>
              ))}
            </select>
          ) : (
            <span class={member.role === 'admin' ? 'chip role-admin' : 'chip'}>{t(ROLES[member.role])}</span>
          )}
        </td>
        {isAdmin && (
          <td class="member-actions">
            <button
              type="button"
              class={member.active ? 'link danger-link' : 'link'}
              data-testid={member.active ? 'deactivate-member' : 'reactivate-member'}
              disabled={busy}
              onClick={() => setMode(mode === 'confirm' ? 'idle' : 'confirm')}
            >
              {member.active ? t('settings.member.deactivate') : t('settings.member.reactivate')}
            </button>
            <button
              type="button"
              class="link"
              data-testid="reset-password"
              disabled={busy}
              onClick={() => setMode(mode === 'password' ? 'idle' : 'password')}
            >
              {t('settings.member.resetPassword')}
            </button>
          </td>
        )}
      </tr>
      {mode === 'confirm' && (
        <tr class="member-panel confirm" data-testid="member-confirm">
          <td colSpan={columns}>
            <p>{t(confirmText(member, isMe), { name: member.name })}</p>
            <div class="actions">
              <button
                type="button"
                class={member.active ? 'danger' : undefined}
                data-testid="confirm-member-change"
                disabled={busy}
                onClick={() => void toggleActive()}
              >
                {t(member.active ? 'settings.member.deactivateNamed' : 'settings.member.reactivateNamed', { name: member.name })}
              </button>
              <button type="button" class="secondary" onClick={() => setMode('idle')}>
                {t('common.cancel')}
              </button>
            </div>
          </td>
        </tr>
      )}
      {mode === 'password' && (
        <tr class="member-panel">
          <td colSpan={columns}>
            <MemberPasswordForm
              api={api}
              member={member}
              onCancel={() => setMode('idle')}
              onDone={() => {
                setMode('idle');
                setNote({ text: currentI18n().t('settings.member.passwordSet', { name: member.name }), error: false });
              }}
            />
          </td>
        </tr>
      )}
      {note && (
        <tr class="member-panel">
          <td colSpan={columns}>
            <p class={note.error ? 'error' : 'success'} role="status" data-testid="member-note">
              {member.name}: {note.text}
            </p>
          </td>
        </tr>
      )}
    </>
  );
}

/** What deactivating or reactivating does, said before the admin confirms it. */
function confirmText(member: Member, isMe: boolean): MessageKey {
  if (!member.active) return 'settings.member.reactivateEffect';
  return isMe ? 'settings.member.deactivateSelfEffect' : 'settings.member.deactivateEffect';
}
