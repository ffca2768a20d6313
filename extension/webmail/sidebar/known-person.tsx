import { useState } from 'preact/hooks';
import { activityTypeName } from '../../timeline/timeline-labels';
import { ask } from '../../messaging/messages';
import { useI18n } from '../../ui/i18n/use-i18n';
import { QuickLogForm } from '../../ui/quick-log-form';
import type { PersonCard } from '../people-lookup';

type KnownPersonProps = {
  person: PersonCard & { contact: NonNullable<PersonCard['contact']> };
  /** The conversation's subject: what a follow-up is about. */
  subject: string;
  /** Looks the people up again: something was added to this one. */
  onChanged: () => void;
};

/**
 * A due date ("2026-12-04") as that day where the user is: `new Date` reads a bare date as UTC
 * midnight, which is the day before west of Greenwich.
 */
const localDay = (isoDate: string) => `${isoDate}T00:00`;

/** The cache's card carries no workspace list values: a workspace's own activity types read as "Activity". */
const NO_CUSTOM_TYPES = new Map<string, string>();

export const fullName = (c: NonNullable<PersonCard['contact']>) => [c.firstName, c.lastName].filter(Boolean).join(' ');

/** A participant Fjord knows: who they are, where they work, whose customer, and what was logged lately. */
export function KnownPerson({ person, subject, onChanged }: KnownPersonProps) {
  const { t, f } = useI18n();
  const { contact } = person;
  const [logging, setLogging] = useState(false);
  const open = () => void ask('dashboard.open', { hash: `#/contacts/${contact.id}` });
  return (
    <li data-known="yes" data-testid="participant">
      <button type="button" class="link name" title={t('sidebar.known.openInDashboard')} onClick={open}>
        {fullName(contact)}
      </button>
      {contact.title && <span class="muted"> · {contact.title}</span>}
      <div class="muted small">{person.address}</div>
      {person.companies.map((c) => (
        <div key={c.id} class="company" data-testid="person-company">
          {c.name}
          {c.position && <span class="muted"> · {c.position}</span>}
          {(c.relationshipType || c.owners.length > 0) && (
            <div class="muted small">
              {[c.relationshipType, c.owners.length > 0 && t('sidebar.known.owner', { names: c.owners.join(', ') })]
                .filter(Boolean)
                .join(' · ')}
            </div>
          )}
        </div>
      ))}
      {person.openTasks.length > 0 && (
        <div class="logged-list" data-testid="person-open-tasks">
          <div class="muted small">{t('sidebar.known.openTasks')}</div>
          <ul>
            {person.openTasks.map((task) => (
              <li key={task.id} class="small" title={task.title}>
                {task.dueDate && <span class="muted">{f.date(localDay(task.dueDate))} </span>}
                {task.title}
              </li>
            ))}
          </ul>
        </div>
      )}
      {person.lastActivities.length > 0 && (
        <div class="logged-list" data-testid="person-activities">
          <div class="muted small">{t('sidebar.known.lastActivities')}</div>
          <ul>
            {person.lastActivities.map((a) => (
              <li key={a.id} class="small" title={a.subject}>
                <span class="muted">
                  {f.date(a.occurredAt)} {activityTypeName(t, a.type, NO_CUSTOM_TYPES)}:{' '}
                </span>
                {a.subject}
              </li>
            ))}
          </ul>
        </div>
      )}
      {person.loggedEmails.length > 0 && (
        <div class="logged-list" data-testid="person-logged-emails">
          <div class="muted small">{t('sidebar.known.lastLoggedEmails')}</div>
          <ul>
            {person.loggedEmails.map((e) => (
              <li key={e.id} class="small" title={e.subject}>
                {e.sentAt !== null && <span class="muted">{f.date(e.sentAt)} </span>}
                {e.subject || t('sidebar.known.noSubject')}
              </li>
            ))}
          </ul>
        </div>
      )}
      {logging ? (
        <QuickLogForm
          contactId={contact.id}
          companyId={person.companies[0]?.id ?? null}
          subject={subject}
          onSubmit={(log) => ask('webmail.quickLog', log)}
          onSaved={() => {
            setLogging(false);
            onChanged();
          }}
          onCancel={() => setLogging(false)}
        />
      ) : (
        <button type="button" class="link small" data-testid="quick-log" onClick={() => setLogging(true)}>
          {t('sidebar.known.quickLog')}
        </button>
      )}
    </li>
  );
}
