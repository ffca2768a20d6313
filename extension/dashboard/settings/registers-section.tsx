import { useRef, useState } from 'preact/hooks';
import type { RegisterCountry } from '../../../shared/registers/register-company';
import { registerSettingsApi, type RegisterSettings } from '../../../shared/api/registers-settings.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { useOperation } from '../ui/use-api';

type RegistersSectionProps = { api: ApiClient; isAdmin: boolean; onSignedOut: () => void };
type Mirror = NonNullable<RegisterSettings['registers'][number]['mirror']>;

/**
 * Which company registers the workspace searches by default (a user can still tick others in the
 * search), and what each needs on this server: a key, or a local mirror for name search.
 */
export function RegistersSection({ api, isAdmin, onSignedOut }: RegistersSectionProps) {
  const { t } = useI18n();
  const settings = useOperation(api, registerSettingsApi.get, {}, onSignedOut);
  const [failure, setFailure] = useState<string | null>(null);
  // The choice as ticked, ahead of the server: a box shows its new state at once, and a second
  // tick before the first is saved builds on it instead of on the list last loaded.
  const [ticked, setTicked] = useState<RegisterCountry[] | null>(null);
  const chosen = ticked ?? settings.data?.countries ?? [];
  // Saves go one after another, so the server ends with the last choice.
  const saving = useRef(Promise.resolve());
  // Saves not yet answered: the section says "Saving…" until the server has the last tick.
  const [unsaved, setUnsaved] = useState(0);
  const toggle = (country: RegisterCountry) => {
    if (!settings.data) return;
    const countries = chosen.includes(country) ? chosen.filter((c) => c !== country) : [...chosen, country];
    setTicked(countries);
    setFailure(null);
    setUnsaved((n) => n + 1);
    saving.current = saving.current.then(async () => {
      try {
        await api.call(registerSettingsApi.update, { json: { countries } });
      } catch (err) {
        setFailure(err instanceof Error ? err.message : String(err));
        setTicked(null);
      }
      setUnsaved((n) => n - 1);
      settings.reload();
    });
  };
  const saveState = unsaved > 0 ? t('common.saving') : ticked !== null && !failure ? t('settings.registers.saved') : null;
  return (
    <section class="card" data-testid="registers-settings">
      <h2>{t('settings.registers.title')}</h2>
      {(settings.error ?? failure) && <p class="error">{settings.error ?? failure}</p>}
      <p class="muted small" aria-live="polite" data-testid="registers-save-state">
        {saveState}
      </p>
      <ul class="plain-list">
        {settings.data?.registers.map((r) => (
          <li key={r.country}>
            <label class="register-choice">
              <input
                type="checkbox"
                name={`register-${r.country}`}
                checked={chosen.includes(r.country)}
                disabled={!isAdmin}
                onChange={() => toggle(r.country)}
              />
              <strong>{r.country}</strong> {r.name}
            </label>
            {r.mirror && <MirrorState mirror={r.mirror} country={r.country} />}
            <div class="muted small" data-testid={r.unavailable ? 'register-setup' : undefined}>
              {r.unavailable ?? t(r.searchesByName ? 'settings.registers.byName' : 'settings.registers.byNumber')}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}

type MirrorStateProps = { mirror: Mirror; country: string };

/** How current the local mirror is, and why it is not when its last update failed. */
function MirrorState({ mirror, country }: MirrorStateProps) {
  const { t, f } = useI18n();
  const at = (ms: number | null) => (ms === null ? t('settings.registers.never') : f.dateTime(ms));
  const when = { imported: at(mirror.importedAt), checked: at(mirror.checkedAt) };
  return (
    <div class="small" data-testid={`mirror-${country}`}>
      <span class="muted">{t(mirror.followed ? 'settings.registers.mirrorFollowed' : 'settings.registers.mirror', when)}</span>
      {mirror.lastError && <p class="error">{t('settings.registers.lastError', { error: mirror.lastError })}</p>}
    </div>
  );
}
