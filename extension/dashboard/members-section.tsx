import { useState } from 'preact/hooks';
import type { ApiClient } from '../api/api-client';
import { AddMemberForm } from './add-member-form';
import type { Member } from './use-lookups';

type MembersSectionProps = {
  api: ApiClient;
  members: Member[] | null;
  error: string | null;
  /** Admins add members and change roles; everyone else reads. */
  isAdmin: boolean;
  onChanged: () => void;
};

/** The workspace's users, and for admins the means to add one or change a role. */
export function MembersSection({ api, members, error, isAdmin, onChanged }: MembersSectionProps) {
  const [failure, setFailure] = useState<string | null>(null);
  const setRole = async (member: Member, role: Member['role']) => {
    setFailure(null);
    try {
      await api.request('PATCH', `/api/settings/members/${member.id}`, { role });
    } catch (err) {
      setFailure(`${member.name}: ${err instanceof Error ? err.message : String(err)}`);
    }
    onChanged();
  };
  return (
    <section class="card" data-testid="members">
      <h2>Members</h2>
      {(error ?? failure) && <p class="error">{error ?? failure}</p>}
      {!members && !error && <p class="muted">Loading…</p>}
      {members && members.length > 0 && (
        <table class="list">
          <thead>
            <tr>
              <th>Name</th>
              <th>E-mail</th>
              <th>Role</th>
            </tr>
          </thead>
          <tbody>
            {members.map((member) => (
              <tr key={member.id} data-testid="member-row">
                <td>{member.name}</td>
                <td>
                  <a href={`mailto:${member.email}`}>{member.email}</a>
                </td>
                <td>
                  {isAdmin ? (
                    <select
                      aria-label={`Role of ${member.name}`}
                      value={member.role}
                      onChange={(e) => void setRole(member, e.currentTarget.value as Member['role'])}
                    >
                      <option value="member">member</option>
                      <option value="admin">admin</option>
                    </select>
                  ) : (
                    <span class={member.role === 'admin' ? 'chip role-admin' : 'chip'}>{member.role}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {isAdmin && <AddMemberForm api={api} onAdded={onChanged} />}
    </section>
  );
}
