import { useState } from 'preact/hooks';
import type { PersonCard } from '../people-lookup';

type WebmailSidebarProps = {
  subject: string;
  people: PersonCard[] | null;
  error: string | null;
  logged: boolean;
  /** Logs the open message on the known people and their companies; resolves with an error text or null. */
  onLog: () => Promise<string | null>;
};

const fullName = (c: NonNullable<PersonCard['contact']>) => [c.firstName, c.lastName].filter(Boolean).join(' ');

/** Who the open conversation is with, as the CRM knows them; collapsible, and quiet when it knows nothing. */
export function WebmailSidebar({ subject, people, error, logged, onLog }: WebmailSidebarProps) {
  const [open, setOpen] = useState(true);
  const [logging, setLogging] = useState(false);
  const [logError, setLogError] = useState<string | null>(null);
  const known = people?.filter((p) => p.contact) ?? [];
  const log = async () => {
    setLogging(true);
    setLogError(await onLog());
    setLogging(false);
  };
  return (
    <aside class={open ? 'fjord-sidebar' : 'fjord-sidebar collapsed'} aria-label="Fjord CRM" data-testid="fjord-sidebar">
      <header>
        <strong>Fjord</strong>
        <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? '›' : '‹'}
        </button>
      </header>
      {open && (
        <>
          <p class="subject" title={subject}>
            {subject}
          </p>
          {error && <p class="error">{error}</p>}
          {logged ? (
            <p class="logged" data-testid="logged-marker">
              ✓ Logged in Fjord
            </p>
          ) : (
            known.length > 0 && (
              <button type="button" class="log" data-testid="log-email" disabled={logging} onClick={() => void log()}>
                {logging
                  ? 'Logging…'
                  : `Log e-mail on ${known.length === 1 ? fullName(known[0]!.contact!) : `${known.length} people`}`}
              </button>
            )
          )}
          {logError && <p class="error">{logError}</p>}
          {!people && !error && <p class="muted">Looking people up…</p>}
          <ul>
            {people?.map((p) => (
              <li key={p.address} data-known={p.contact ? 'yes' : 'no'} data-testid="participant">
                {p.contact ? (
                  <>
                    <strong>{fullName(p.contact)}</strong>
                    {p.contact.title && <span class="muted"> · {p.contact.title}</span>}
                    <div class="muted small">{p.address}</div>
                    {p.companies.map((c) => (
                      <div key={c.id} class="company">
                        {c.name}
                        {c.position && <span class="muted"> · {c.position}</span>}
                      </div>
                    ))}
                  </>
                ) : (
                  <>
                    <strong>{p.name ?? p.address}</strong>
                    <div class="muted small">{p.address}</div>
                    <div class="muted small">Not in Fjord yet</div>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
