import { useState } from 'preact/hooks';
import { taskDue } from '../../../shared/timeline/task-due';
import type { Appointment } from '../../../shared/entities/appointment';
import type { Task } from '../../../shared/entities/task';
import { myWorkApi } from '../../../shared/api/my-work.api';
import { tasksApi } from '../../../shared/api/timeline.api';
import type { ApiClient } from '../../api/api-client';
import { downloadAppointmentIcs } from './appointment-ics';
import { CalendarFeedsSection } from '../settings/calendar-feeds-section';
import { useOperation } from '../ui/use-api';
import { useLookups } from '../records/use-lookups';
import './timeline.css';

type MyWorkPageProps = { api: ApiClient; me: string | null; onSignedOut: () => void };

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const dayLabel = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
const timeLabel = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

/** The agenda's first day: this week's Monday, or the 1st of the month, moved by `offset` weeks or months. */
function windowStart(view: 'week' | 'month', offset: number): Date {
  const now = new Date();
  if (view === 'month') return new Date(now.getFullYear(), now.getMonth() + offset, 1);
  const monday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() + 6) % 7));
  return new Date(monday.getTime() + offset * 7 * DAY);
}

/** "My work": my open tasks (overdue first), and the agenda of me or a group of colleagues for a week or a month. */
export function MyWorkPage({ api, me, onSignedOut }: MyWorkPageProps) {
  const { lookups } = useLookups(api, onSignedOut);
  const [who, setWho] = useState<string[]>([]);
  const [view, setView] = useState<'week' | 'month'>('week');
  const [offset, setOffset] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const from = windowStart(view, offset);
  const to = view === 'month' ? new Date(from.getFullYear(), from.getMonth() + 1, 1) : new Date(from.getTime() + 7 * DAY);
  const query = { from: from.getTime(), to: to.getTime(), today: isoDay(new Date()), userIds: who.join(',') };
  const work = useOperation(api, myWorkApi.get, { query }, onSignedOut);
  const done = async (task: Task) => {
    setFailure(null);
    try {
      await api.call(tasksApi.update, { params: { id: task.id }, json: { status: 'done' } });
      work.reload();
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
    }
  };
  const toggle = (id: string) => setWho(who.includes(id) ? who.filter((x) => x !== id) : [...who, id]);
  const days = new Map<string, Appointment[]>();
  for (const a of work.data?.appointments ?? []) {
    const key = isoDay(new Date(a.startsAt));
    days.set(key, [...(days.get(key) ?? []), a]);
  }
  const memberName = (id: string | null) => lookups?.members.find((m) => m.id === id)?.name ?? '';
  return (
    <section data-testid="my-work" class="my-work">
      <header class="content-header">
        <h1>My work</h1>
      </header>
      {lookups && lookups.members.length > 1 && (
        <fieldset class="timeline-filter">
          <legend>Whose work</legend>
          {lookups.members.map((m) => (
            <label key={m.id} class="row">
              <input
                type="checkbox"
                checked={who.length === 0 ? m.id === me : who.includes(m.id)}
                onChange={() => toggle(m.id)}
              />
              {m.name}
            </label>
          ))}
        </fieldset>
      )}
      {(work.error ?? failure) && <p class="error">{work.error ?? failure}</p>}
      <div class="card-grid">
        <section class="card" data-testid="open-tasks">
          <h2>Open tasks</h2>
          {work.data && work.data.tasks.length === 0 && <p class="empty">No open tasks: add one from a company or contact.</p>}
          <ul class="timeline-list">
            {work.data?.tasks.map((t) => (
              <li key={t.id} class="timeline-item kind-task" data-testid="my-task">
                <strong>{t.title}</strong>
                {t.overdue && <span class="chip warning-chip"> overdue</span>}
                <span class="muted">
                  {t.dueDate && ` · due ${taskDue(t)}`}
                  {t.remindAt !== null && ` · reminder ${dayLabel.format(t.remindAt)} ${timeLabel.format(t.remindAt)}`}
                  {who.length > 1 && ` · ${memberName(t.assigneeId)}`}
                </span>
                {t.companyIds[0] && (
                  <a class="small" href={`#/companies/${t.companyIds[0]}?tab=timeline`}>
                    {' '}
                    company
                  </a>
                )}
                {!t.companyIds[0] && t.contactIds[0] && (
                  <a class="small" href={`#/contacts/${t.contactIds[0]}`}>
                    {' '}
                    contact
                  </a>
                )}
                <button type="button" class="link small" data-testid="mark-done" onClick={() => void done(t)}>
                  Mark done
                </button>
              </li>
            ))}
          </ul>
        </section>
        <section class="card" data-testid="agenda">
          <header class="list-section-header">
            <h2>Agenda</h2>
            <div class="actions">
              <button type="button" class="secondary" onClick={() => setOffset(offset - 1)} aria-label="Earlier">
                ‹
              </button>
              <button type="button" class="secondary" onClick={() => setOffset(0)}>
                {view === 'week' ? 'This week' : 'This month'}
              </button>
              <button type="button" class="secondary" onClick={() => setOffset(offset + 1)} aria-label="Later">
                ›
              </button>
              <select
                aria-label="Agenda view"
                value={view}
                onChange={(e) => {
                  setView(e.currentTarget.value as 'week' | 'month');
                  setOffset(0);
                }}
              >
                <option value="week">Week</option>
                <option value="month">Month</option>
              </select>
            </div>
          </header>
          <p class="muted small">
            {dayLabel.format(from)} – {dayLabel.format(new Date(to.getTime() - 1))}
          </p>
          {work.data && days.size === 0 && <p class="empty">No appointments in this {view}.</p>}
          {[...days].map(([day, list]) => (
            <div key={day}>
              <h3>{dayLabel.format(new Date(`${day}T12:00:00`))}</h3>
              <ul class="timeline-list">
                {list.map((a) => (
                  <li key={a.id} class="timeline-item kind-appointment" data-testid="agenda-item">
                    <strong>
                      {timeLabel.format(a.startsAt)}–{timeLabel.format(a.endsAt)} {a.title}
                    </strong>
                    {a.location && <span class="muted"> · {a.location}</span>}
                    {who.length > 1 && <span class="muted"> · {a.userIds.map(memberName).filter(Boolean).join(', ')}</span>}
                    <button
                      type="button"
                      class="link small"
                      data-testid="download-ics"
                      onClick={() => void downloadAppointmentIcs(api, a).catch((err: Error) => setFailure(err.message))}
                    >
                      .ics
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
        <CalendarFeedsSection api={api} onSignedOut={onSignedOut} />
      </div>
    </section>
  );
}
