import { useState } from 'preact/hooks';
import type { z } from 'zod';
import { MemberCreateBody, membersApi } from '../../../shared/api/members.api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { FormField } from '../ui/form-field';

type AddMemberFormProps = { api: ApiClient; onAdded: () => void };

const EMPTY: z.input<typeof MemberCreateBody> = { name: '', email: '', role: 'member', password: '' };

/** An admin adds a colleague with a first password, which they give them to sign in with. */
export function AddMemberForm({ api, onAdded }: AddMemberFormProps) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof EMPTY) => (e: Event) =>
    setDraft({ ...draft, [key]: (e.currentTarget as HTMLInputElement).value });
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      await api.call(membersApi.create, { json: draft });
      setDraft(EMPTY);
      onAdded();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) setErrors(fieldErrors(err.issues));
      else setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form add-member" data-testid="add-member" onSubmit={(e) => void submit(e)}>
      <h3>{t('settings.addMember.title')}</h3>
      <div class="form-grid">
        <FormField name="name" label={t('common.name')} errors={errors.name}>
          <input name="name" required value={draft.name} onInput={set('name')} />
        </FormField>
        <FormField name="email" label={t('common.email')} errors={errors.email}>
          <input name="email" type="email" required value={draft.email} onInput={set('email')} />
        </FormField>
        <FormField name="role" label={t('settings.members.role')} errors={errors.role}>
          <select name="role" value={draft.role} onChange={set('role')}>
            <option value="member">{t('settings.addMember.member')}</option>
            <option value="admin">{t('settings.addMember.admin')}</option>
          </select>
        </FormField>
        <FormField
          name="password"
          label={t('settings.addMember.password')}
          errors={errors.password}
          hint={t('settings.addMember.passwordHint')}
        >
          <input
            name="password"
            type="password"
            autoComplete="new-password"
            required
            value={draft.password}
            onInput={set('password')}
          />
        </FormField>
      </div>
      {failure && <p class="error">{failure}</p>}
      <div class="actions">
        <button type="submit" disabled={busy}>
          {busy ? t('dashboard.busy.adding') : t('settings.addMember.submit')}
        </button>
      </div>
    </form>
  );
}
