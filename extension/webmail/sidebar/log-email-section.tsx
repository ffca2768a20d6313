import { useState } from 'preact/hooks';
import { ask } from '../../messaging/messages';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import type { EmailToLog } from '../email-to-log';
import type { PersonCard } from '../people-lookup';
import { fullName } from './known-person';

type LogEmailSectionProps = {
  email: EmailToLog | null;
  /** The newest message's whole text, kept only when the user ticks "Keep the whole message". */
  fullText: string;
  known: PersonCard[];
  logged: boolean;
  autoLogged: boolean;
  neverLogged: string[];
  onLogged: () => void;
};

/** The most of a body the server keeps (EmailLogFieldsSchema). */
const BODY_MAX = 200_000;

type Target = { kind: 'contact' | 'company'; id: string; label: string };

/**
 * "Log e-mail": the open message on the chosen contacts and companies (every known person and
 * their main company, unless unticked). Logging twice is harmless: the log's id is the message's.
 */
export function LogEmailSection({ email, fullText, known, logged, autoLogged, neverLogged, onLogged }: LogEmailSectionProps) {
  const { t, f } = useI18n();
  const targets = logTargets(known);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [keepBody, setKeepBody] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (logged)
    return (
      <p class="logged" data-testid="logged-marker">
        ✓ {t(autoLogged ? 'sidebar.log.loggedAutomatically' : 'sidebar.log.logged')}
      </p>
    );
  if (neverLogged.length > 0)
    return (
      <p class="muted small" data-testid="never-logged">
        {t('sidebar.log.notLogged', {
          reason: t('sidebar.log.onNeverLogList', { count: neverLogged.length, addresses: f.list(neverLogged) }),
        })}
      </p>
    );
  if (!email || targets.length === 0) return null;
  const chosen = targets.filter((target) => !unticked.has(target.id));
  const log = async () => {
    setBusy(true);
    try {
      await ask('webmail.log', {
        email: { ...email, body: keepBody && fullText ? fullText.slice(0, BODY_MAX) : null },
        contactIds: chosen.filter((target) => target.kind === 'contact').map((target) => target.id),
        companyIds: chosen.filter((target) => target.kind === 'company').map((target) => target.id),
      });
      onLogged();
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      setError(currentI18n().t('sidebar.log.notLogged', { reason }));
    }
    setBusy(false);
  };
  const toggle = (id: string) => {
    const next = new Set(unticked);
    if (!next.delete(id)) next.add(id);
    setUnticked(next);
  };
  return (
    <div class="log-section">
      {targets.length > 1 && (
        <div class="targets">
          {targets.map((target) => (
            <label key={target.id} class="choice small">
              <input type="checkbox" checked={!unticked.has(target.id)} onChange={() => toggle(target.id)} />
              {target.label}
            </label>
          ))}
        </div>
      )}
      <label class="choice small">
        <input type="checkbox" data-testid="keep-body" checked={keepBody} onChange={() => setKeepBody(!keepBody)} />
        {t('sidebar.log.keepBody')}
      </label>
      <button
        type="button"
        class="log"
        data-testid="log-email"
        disabled={busy || chosen.every((target) => target.kind !== 'contact')}
        onClick={() => void log()}
      >
        {busy
          ? t('sidebar.log.logging')
          : targets.length === 1
            ? t('sidebar.log.logOn', { name: targets[0]!.label })
            : t('sidebar.log.log')}
      </button>
      {error && <p class="error">{error}</p>}
    </div>
  );
}

/** Each known person, then each one's main company, once. */
function logTargets(known: PersonCard[]): Target[] {
  const out: Target[] = known.map((p) => ({ kind: 'contact', id: p.contact!.id, label: fullName(p.contact!) }));
  for (const p of known) {
    const main = p.companies[0];
    if (main && !out.some((t) => t.id === main.id)) out.push({ kind: 'company', id: main.id, label: main.name });
  }
  return out;
}
