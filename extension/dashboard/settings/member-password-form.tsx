import { useState } from 'preact/hooks';
import { ApiError, type ApiClient } from '../../api/api-client';
import { membersApi, type Member } from '../../../shared/api/members.api';
import { FormField } from '../ui/form-field';

type MemberPasswordFormProps = { api: ApiClient; member: Member; onCancel: () => void; onDone: () => void };

/** An admin sets a new password for a member who lost theirs (or whose password leaked). */
export function MemberPasswordForm({ api, member, onCancel, onDone }: MemberPasswordFormProps) {
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErrors([]);
    try {
      await api.call(membersApi.setPassword, { params: { id: member.id }, json: { newPassword: password } });
      onDone();
    } catch (err) {
      const issues = err instanceof ApiError ? err.issues.map((i) => i.message) : [];
      setErrors(issues.length > 0 ? issues : [err instanceof Error ? err.message : String(err)]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form member-password" data-testid="member-password-form" onSubmit={(e) => void submit(e)} noValidate>
      <FormField
        name="newPassword"
        label={`New password for ${member.name}`}
        errors={errors}
        hint="At least 10 characters, not a common password, not their name or e-mail. Their sessions end."
      >
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
      </FormField>
      <div class="actions">
        <button type="submit" disabled={busy || password.length === 0}>
          {busy ? 'Setting…' : 'Set password'}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
