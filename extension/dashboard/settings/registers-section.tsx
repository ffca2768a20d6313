import { useRef, useState } from 'preact/hooks';
import type { RegisterCountry } from '../../../shared/registers/register-company';
import { registerSettingsApi, type RegisterSettings } from '../../../shared/api/registers-settings.api';
import type { ApiClient } from '../../api/api-client';
import { useOperation } from '../ui/use-api';

type RegistersSectionProps = { api: ApiClient; isAdmin: boolean; onSignedOut: () => void };
type Mirror = NonNullable<RegisterSettings['registers'][number]['mirror']>;

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const at = (ms: number | null) => (ms === null ? 'never' : when.format(ms));

/**
 * Which company registers the workspace searches by default (a user can still tick others in the
 * search), and what each needs on this server: a key, or a local mirror for name search.
 */
export function RegistersSection({ api, isAdmin, onSignedOut }: RegistersSectionProps) {
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
  const saveState = unsaved > 0 ? 'Saving…' : ticked !== null && !failure ? 'Saved.' : null;
  return (
    <section class="card" data-testid="registers-settings">
      <h2>Company registers</h2>
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
            <div class="muted small">
              {r.unavailable ?? (r.searchesByName ? 'Live search by name.' : 'Live lookup by org number only.')}
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
  return (
    <div class="small" data-testid={`mirror-${country}`}>
      <span class="muted">
        Local mirror (fast, offline from the register), imported {at(mirror.importedAt)}
        {mirror.followed
          ? `; the server keeps it current, last checked ${at(mirror.checkedAt)}.`
          : '; import its newer file to bring it up to date.'}
      </span>
      {mirror.lastError && <p class="error">Last update failed: {mirror.lastError}</p>}
    </div>
  );
}
