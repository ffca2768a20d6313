import { activityTypeLabel } from '../../../shared/timeline/activity-labels';
import { useState } from 'preact/hooks';
import { ask } from '../../messaging/messages';
import { QuickLogForm } from '../../ui/quick-log-form';
import type { PersonCard } from '../people-lookup';

type KnownPersonProps = {
  person: PersonCard & { contact: NonNullable<PersonCard['contact']> };
  /** The conversation's subject: what a follow-up is about. */
  subject: string;
  /** Looks the people up again: something was added to this one. */
  onChanged: () => void;
};

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

export const fullName = (c: NonNullable<PersonCard['contact']>) => [c.firstName, c.lastName].filter(Boolean).join(' ');

/** A participant Fjord knows: who they are, where they work, whose customer, and what was logged lately. */
export function KnownPerson({ person, subject, onChanged }: KnownPersonProps) {
  const { contact } = person;
  const [logging, setLogging] = useState(false);
  const open = () => void ask('dashboard.open', { hash: `#/contacts/${contact.id}` });
  return (
    <li data-known="yes" data-testid="participant">
      <button type="button" class="link name" title="Open the contact in the Fjord dashboard" onClick={open}>
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
              {[c.relationshipType, c.owners.length > 0 && `Owner: ${c.owners.join(', ')}`].filter(Boolean).join(' · ')}
            </div>
          )}
        </div>
      ))}
      {person.openTasks.length > 0 && (
        <div class="logged-list" data-testid="person-open-tasks">
          <div class="muted small">Open tasks</div>
          <ul>
            {person.openTasks.map((t) => (
              <li key={t.id} class="small" title={t.title}>
                {t.dueDate && <span class="muted">{t.dueDate} </span>}
                {t.title}
              </li>
            ))}
          </ul>
        </div>
      )}
      {person.lastActivities.length > 0 && (
        <div class="logged-list" data-testid="person-activities">
          <div class="muted small">Last activities</div>
          <ul>
            {person.lastActivities.map((a) => (
              <li key={a.id} class="small" title={a.subject}>
                <span class="muted">
                  {dateFormat.format(a.occurredAt)} {activityTypeLabel(a.type)}:{' '}
                </span>
                {a.subject}
              </li>
            ))}
          </ul>
        </div>
      )}
      {person.loggedEmails.length > 0 && (
        <div class="logged-list" data-testid="person-logged-emails">
          <div class="muted small">Last logged e-mails</div>
          <ul>
            {person.loggedEmails.map((e) => (
              <li key={e.id} class="small" title={e.subject}>
                {e.sentAt !== null && <span class="muted">{dateFormat.format(e.sentAt)} </span>}
                {e.subject || '(no subject)'}
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
          Log call or note
        </button>
      )}
    </li>
  );
}
