import { useState } from 'preact/hooks';
import { authApi } from '../../../shared/api/auth.api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { FormField } from '../ui/form-field';

type ChangePasswordFormProps = { api: ApiClient; onSignedOut: () => void };

const EMPTY = { currentPassword: '', newPassword: '', repeatPassword: '' };
const LABELS = { currentPassword: 'Current password', newPassword: 'New password', repeatPassword: 'Repeat new password' };

/** Change one's own password: this browser stays signed in, every other device signs in again. */
export function ChangePasswordForm({ api, onSignedOut }: ChangePasswordFormProps) {
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof EMPTY) => (e: Event) =>
    setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (e: Event) => {
    e.preventDefault();
    setErrors({});
    setFailure(null);
    setDone(false);
    const missing = Object.entries(draft).filter(([, value]) => value === '');
    if (missing.length > 0) return setErrors(Object.fromEntries(missing.map(([key]) => [key, ['is required']])));
    if (draft.repeatPassword !== draft.newPassword) return setErrors({ repeatPassword: ['does not match the new password'] });
    setBusy(true);
    try {
      await api.call(authApi.changePassword, {
        json: { currentPassword: draft.currentPassword, newPassword: draft.newPassword },
      });
      setDraft(EMPTY);
      setDone(true);
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      else if (err instanceof ApiError && err.issues.length > 0) setErrors(fieldErrors(err.issues));
      else setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const field = (name: keyof typeof EMPTY, autoComplete: string) => (
    <FormField name={name} label={LABELS[name]} errors={errors[name]}>
      <input
        name={name}
        type="password"
        autoComplete={autoComplete}
        value={draft[name]}
        aria-invalid={errors[name] ? true : undefined}
        onInput={set(name)}
      />
    </FormField>
  );
  return (
    <form class="form change-password" data-testid="change-password" onSubmit={(e) => void submit(e)} noValidate>
      <h3>Change your password</h3>
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password')}
      {field('repeatPassword', 'new-password')}
      <p class="muted small">
        At least 10 characters; not a common password and not your name or e-mail. A few unrelated words make a good one.
      </p>
      {failure && <p class="error">{failure}</p>}
      {done && (
        <p class="success" role="status" data-testid="password-changed">
          Password changed. Your other devices are signed out; this one stays signed in.
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? 'Changing…' : 'Change password'}
        </button>
      </div>
    </form>
  );
}
