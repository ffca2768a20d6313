import { useState } from 'preact/hooks';
import { ask } from '../../messaging/messages';
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
  const targets = logTargets(known);
  const [unticked, setUnticked] = useState<Set<string>>(new Set());
  const [keepBody, setKeepBody] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (logged)
    return (
      <p class="logged" data-testid="logged-marker">
        ✓ {autoLogged ? 'Logged automatically in Fjord' : 'Logged in Fjord'}
      </p>
    );
  if (neverLogged.length > 0)
    return (
      <p class="muted small" data-testid="never-logged">
        Not logged: {neverLogged.join(', ')} is on your never-log list.
      </p>
    );
  if (!email || targets.length === 0) return null;
  const chosen = targets.filter((t) => !unticked.has(t.id));
  const log = async () => {
    setBusy(true);
    try {
      await ask('webmail.log', {
        email: { ...email, body: keepBody && fullText ? fullText.slice(0, BODY_MAX) : null },
        contactIds: chosen.filter((t) => t.kind === 'contact').map((t) => t.id),
        companyIds: chosen.filter((t) => t.kind === 'company').map((t) => t.id),
      });
      onLogged();
    } catch (err) {
      setError(`Not logged: ${err instanceof Error ? err.message : String(err)}`);
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
          {targets.map((t) => (
            <label key={t.id} class="choice small">
              <input type="checkbox" checked={!unticked.has(t.id)} onChange={() => toggle(t.id)} />
              {t.label}
            </label>
          ))}
        </div>
      )}
      <label class="choice small">
        <input type="checkbox" data-testid="keep-body" checked={keepBody} onChange={() => setKeepBody(!keepBody)} />
        Keep the whole message (else a short snippet)
      </label>
      <button
        type="button"
        class="log"
        data-testid="log-email"
        disabled={busy || chosen.every((t) => t.kind !== 'contact')}
        onClick={() => void log()}
      >
        {busy ? 'Logging…' : targets.length === 1 ? `Log e-mail on ${targets[0]!.label}` : 'Log e-mail'}
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
