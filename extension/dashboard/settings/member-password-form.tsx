import { useState } from 'preact/hooks';
import { ApiError, type ApiClient } from '../../api/api-client';
import { membersApi, type Member } from '../../../shared/api/members.api';
import { useI18n } from '../../ui/i18n/use-i18n';
import { FormField } from '../ui/form-field';

type MemberPasswordFormProps = { api: ApiClient; member: Member; onCancel: () => void; onDone: () => void };

/** An admin sets a new password for a member who lost theirs (or whose password leaked). */
export function MemberPasswordForm({ api, member, onCancel, onDone }: MemberPasswordFormProps) {
  const { t } = useI18n();
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
        label={t('settings.memberPassword.label', { name: member.name })}
        errors={errors}
        hint={t('settings.memberPassword.hint')}
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
          {busy ? t('settings.memberPassword.setting') : t('settings.memberPassword.submit')}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
