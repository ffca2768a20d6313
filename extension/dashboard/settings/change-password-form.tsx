import { useState } from 'preact/hooks';
import { authApi } from '../../../shared/api/auth.api';
import type { MessageKey } from '../../../shared/i18n/messages';
import { ApiError, type ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { FormField } from '../ui/form-field';

type ChangePasswordFormProps = { api: ApiClient; onSignedOut: () => void };

const EMPTY = { currentPassword: '', newPassword: '', repeatPassword: '' };
const LABELS: Record<keyof typeof EMPTY, MessageKey> = {
  currentPassword: 'settings.password.current',
  newPassword: 'settings.password.new',
  repeatPassword: 'settings.password.repeat',
};

/** Change one's own password: this browser stays signed in, every other device signs in again. */
export function ChangePasswordForm({ api, onSignedOut }: ChangePasswordFormProps) {
  const { t } = useI18n();
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
    if (missing.length > 0) return setErrors(Object.fromEntries(missing.map(([key]) => [key, [t('dashboard.form.required')]])));
    if (draft.repeatPassword !== draft.newPassword) return setErrors({ repeatPassword: [t('settings.password.mismatch')] });
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
    <FormField name={name} label={t(LABELS[name])} errors={errors[name]}>
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
      <h3>{t('settings.password.title')}</h3>
      {field('currentPassword', 'current-password')}
      {field('newPassword', 'new-password')}
      {field('repeatPassword', 'new-password')}
      <p class="muted small">{t('settings.password.advice')}</p>
      {failure && <p class="error">{failure}</p>}
      {done && (
        <p class="success" role="status" data-testid="password-changed">
          {t('settings.password.changed')}
        </p>
      )}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('settings.password.changing') : t('settings.password.submit')}
        </button>
      </div>
    </form>
  );
}
