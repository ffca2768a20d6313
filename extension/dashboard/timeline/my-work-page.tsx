import { useState } from 'preact/hooks';
import { taskDue } from '../../../shared/timeline/task-due';
import type { Appointment } from '../../../shared/entities/appointment';
import type { Task } from '../../../shared/entities/task';
import { myWorkApi, type TaskRecord } from '../../../shared/api/my-work.api';
import type { StatusFilter } from '../../../shared/timeline/status-filter';
import { tasksApi } from '../../../shared/api/timeline.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { downloadAppointmentIcs } from './appointment-ics';
import { CalendarFeedsSection } from '../settings/calendar-feeds-section';
import { useOperation } from '../ui/use-api';
import { useLookups } from '../records/use-lookups';
import { APPOINTMENT_STATUS_NAMES } from '../../timeline/timeline-labels';
import { StatusFilterFields } from './status-filter-fields';
import './timeline.css';

type MyWorkPageProps = { api: ApiClient; me: string | null; onSignedOut: () => void };

const DAY = 86_400_000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** The card a task's record opens on: a company's timeline tab, or the person's card. */
const recordHref = (r: TaskRecord) => (r.kind === 'company' ? `#/companies/${r.id}?tab=timeline` : `#/contacts/${r.id}`);

/**
 * The agenda's first day: the first day of this week (`firstDay` 1 = Monday … 7 = Sunday, as the
 * language's weeks start), or the 1st of the month, moved by `offset` weeks or months.
 */
function windowStart(view: 'week' | 'month', offset: number, firstDay: number): Date {
  const now = new Date();
  if (view === 'month') return new Date(now.getFullYear(), now.getMonth() + offset, 1);
  const weekStart = new Date(now.getFullYear(), now.getMonth(), now.getDate() - ((now.getDay() - firstDay + 7) % 7));
  return new Date(weekStart.getTime() + offset * 7 * DAY);
}

/** "My work": my open tasks (overdue first), and the agenda of me or a group of colleagues for a week or a month. */
export function MyWorkPage({ api, me, onSignedOut }: MyWorkPageProps) {
  const { t, f } = useI18n();
  const { lookups } = useLookups(api, onSignedOut);
  const [who, setWho] = useState<string[]>([]);
  const [view, setView] = useState<'week' | 'month'>('week');
  const [offset, setOffset] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [status, setStatus] = useState<StatusFilter>({ taskStatus: 'open' });
  const from = windowStart(view, offset, f.firstDayOfWeek);
  const to = view === 'month' ? new Date(from.getFullYear(), from.getMonth() + 1, 1) : new Date(from.getTime() + 7 * DAY);
  const query = { from: from.getTime(), to: to.getTime(), today: isoDay(new Date()), userIds: who.join(','), ...status };
  const showingDone = status.taskStatus === 'done';
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
        <h1>{t('timeline.myWork.title')}</h1>
      </header>
      {lookups && lookups.members.length > 1 && (
        <fieldset class="timeline-filter">
          <legend>{t('timeline.myWork.whose')}</legend>
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
      <fieldset class="timeline-filter" data-testid="my-work-status">
        <legend>{t('timeline.filter.show')}</legend>
        <StatusFilterFields value={status} onChange={setStatus} anyTask={false} />
      </fieldset>
      {(work.error ?? failure) && <p class="error">{work.error ?? failure}</p>}
      <div class="card-grid">
        <section class="card" data-testid="open-tasks">
          <h2>{t(showingDone ? 'timeline.myWork.doneTasks' : 'timeline.myWork.openTasks')}</h2>
          {work.data && work.data.tasks.length === 0 && (
            <p class="empty">{t(showingDone ? 'timeline.myWork.noDoneTasks' : 'timeline.myWork.noTasks')}</p>
          )}
          <ul class="timeline-list">
            {work.data?.tasks.map((task) => (
              <li key={task.id} class="timeline-item kind-task" data-testid="my-task">
                <strong class={showingDone ? 'done' : ''}>{task.title}</strong>
                {task.overdue && <span class="chip warning-chip"> {t('timeline.myWork.overdue')}</span>}
                <span class="muted">
                  {task.dueDate && ` · ${t('timeline.task.due', { due: taskDue(task, f) })}`}
                  {task.remindAt !== null &&
                    ` · ${t('timeline.myWork.reminder', { day: f.day(task.remindAt), time: f.time(task.remindAt) })}`}
                  {who.length > 1 && ` · ${memberName(task.assigneeId)}`}
                </span>
                {task.record && (
                  <>
                    {' · '}
                    <a class="small" href={recordHref(task.record)} data-testid="task-record">
                      {task.record.name}
                    </a>
                  </>
                )}
                {!showingDone && (
                  <button type="button" class="link small" data-testid="mark-done" onClick={() => void done(task)}>
                    {t('timeline.task.markDone')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
        <section class="card" data-testid="agenda">
          <header class="list-section-header">
            <h2>{t('timeline.myWork.agenda')}</h2>
            <div class="actions">
              <button
                type="button"
                class="secondary"
                onClick={() => setOffset(offset - 1)}
                aria-label={t('timeline.myWork.earlier')}
              >
                ‹
              </button>
              <button type="button" class="secondary" onClick={() => setOffset(0)}>
                {t('timeline.myWork.current', { view })}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => setOffset(offset + 1)}
                aria-label={t('timeline.myWork.later')}
              >
                ›
              </button>
              <select
                aria-label={t('timeline.myWork.view')}
                value={view}
                onChange={(e) => {
                  setView(e.currentTarget.value as 'week' | 'month');
                  setOffset(0);
                }}
              >
                <option value="week">{t('timeline.myWork.week')}</option>
                <option value="month">{t('timeline.myWork.month')}</option>
              </select>
            </div>
          </header>
          <p class="muted small">
            {f.day(from)} – {f.day(to.getTime() - 1)}
          </p>
          {work.data && days.size === 0 && <p class="empty">{t('timeline.myWork.noAppointments', { view })}</p>}
          {[...days].map(([day, list]) => (
            <div key={day}>
              <h3>{f.day(`${day}T12:00:00`)}</h3>
              <ul class="timeline-list">
                {list.map((a) => (
                  <li key={a.id} class={`timeline-item kind-appointment appointment-${a.status}`} data-testid="agenda-item">
                    <strong class={a.status === 'cancelled' ? 'cancelled' : ''}>
                      {f.time(a.startsAt)}–{f.time(a.endsAt)} {a.title}
                    </strong>
                    {a.status !== 'planned' && (
                      <span class={`chip status-${a.status}`}> {t(APPOINTMENT_STATUS_NAMES[a.status])}</span>
                    )}
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
