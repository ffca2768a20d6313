import { useState } from 'preact/hooks';
import { authApi } from '../../../shared/api/auth.api';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../../../shared/i18n/languages';
import { ApiError, type ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { FormField } from '../ui/form-field';

type LanguagePickerProps = {
  api: ApiClient;
  /** Switches every screen to the language and remembers it for the next load. */
  onLanguage: (language: Language) => Promise<void>;
  onSignedOut: () => void;
};

/**
 * The language Fjord speaks to this user, kept on their profile so e-mails, error messages and
 * their other browsers follow it. Each language is named in its own words, whatever is shown now.
 */
export function LanguagePicker({ api, onLanguage, onSignedOut }: LanguagePickerProps) {
  const { t, language } = useI18n();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** Resolves false when the profile kept its language, so the select can show it again. */
  const pick = async (chosen: Language): Promise<boolean> => {
    setBusy(true);
    setFailure(null);
    try {
      await api.call(authApi.updateMe, { json: { language: chosen } });
      await onLanguage(chosen);
      return true;
    } catch (err) {
      if (err instanceof ApiError && err.status === 401) onSignedOut();
      else setFailure(err instanceof Error ? err.message : String(err));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="language-picker" data-testid="language-picker">
      <FormField name="language" label={t('common.language')} hint={t('settings.language.about')}>
        <select
          name="language"
          value={language}
          disabled={busy}
          onChange={(e) => {
            const select = e.currentTarget;
            if (!isLanguage(select.value)) return;
            void pick(select.value).then((saved) => {
              if (!saved) select.value = language;
            });
          }}
        >
          {LANGUAGES.map((option) => (
            <option key={option} value={option} lang={option}>
              {LANGUAGE_NAMES[option]}
            </option>
          ))}
        </select>
      </FormField>
      {failure && <p class="error">{failure}</p>}
    </div>
  );
}
