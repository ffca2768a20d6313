import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import { membersApi, type Member } from '../../../shared/api/members.api';
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

/** One member; for admins their role, deactivate or reactivate (after saying what it does) and a new password. */
export function MemberRow({ api, member, isAdmin, isMe, onChanged, onSignedOut }: MemberRowProps) {
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
              Inactive
            </span>
          )}
          <a class="member-email" href={`mailto:${member.email}`}>
            {member.email}
          </a>
        </td>
        <td>
          {isAdmin ? (
            <select
              aria-label={`Role of ${member.name}`}
              value={member.role}
              disabled={busy}
              onChange={(e) => {
                const role = e.currentTarget.value as Member['role'];
                void act(() => api.call(membersApi.update, { params: { id: member.id }, json: { role } }), null);
              }}
            >
              <option value="member">member</option>
              <option value="admin">admin</option>
            </select>
          ) : (
            <span class={member.role === 'admin' ? 'chip role-admin' : 'chip'}>{member.role}</span>
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
              {member.active ? 'Deactivate' : 'Reactivate'}
            </button>
            <button
              type="button"
              class="link"
              data-testid="reset-password"
              disabled={busy}
              onClick={() => setMode(mode === 'password' ? 'idle' : 'password')}
            >
              Reset password
            </button>
          </td>
        )}
      </tr>
      {mode === 'confirm' && (
        <tr class="member-panel confirm" data-testid="member-confirm">
          <td colSpan={columns}>
            <p>{member.active ? deactivateText(member, isMe) : reactivateText(member)}</p>
            <div class="actions">
              <button
                type="button"
                class={member.active ? 'danger' : undefined}
                data-testid="confirm-member-change"
                disabled={busy}
                onClick={() => void toggleActive()}
              >
                {member.active ? `Deactivate ${member.name}` : `Reactivate ${member.name}`}
              </button>
              <button type="button" class="secondary" onClick={() => setMode('idle')}>
                Cancel
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
                setNote({
                  text: `New password set: ${member.name} is signed out everywhere. Give them the password yourself.`,
                  error: false,
                });
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

function deactivateText(member: Member, isMe: boolean): string {
  const who = isMe ? 'You are' : `${member.name} is`;
  return (
    `${who} signed out on every device at once, calendar subscriptions stop and signing in is refused. ` +
    'Companies, contacts and notes keep the name. You can reactivate later.'
  );
}

function reactivateText(member: Member): string {
  return (
    `${member.name} can sign in again with their password (set a new one with Reset password if they no longer have it). ` +
    'Old sessions and calendar addresses stay ended.'
  );
}
