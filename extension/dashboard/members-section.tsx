import type { Member } from './use-lookups';

type MembersSectionProps = { members: Member[] | null; error: string | null };

export function MembersSection({ members, error }: MembersSectionProps) {
  return (
    <section class="card" data-testid="members">
      <h2>Members</h2>
      {error && <p class="error">{error}</p>}
      {!members && !error && <p class="muted">Loading…</p>}
      {members && members.length === 0 && (
        <p class="muted">No members yet: the server's ADMIN_EMAIL account is created on first start.</p>
      )}
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
              <tr key={member.id}>
                <td>{member.name}</td>
                <td>
                  <a href={`mailto:${member.email}`}>{member.email}</a>
                </td>
                <td>
                  <span class={member.role === 'admin' ? 'chip role-admin' : 'chip'}>{member.role}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
