import { useState } from 'preact/hooks';
import { BUILT_IN_ACTIVITY_TYPES } from '../../../shared/entities/activity';
import { TASK_PRIORITIES } from '../../../shared/entities/task';
import { ACTIVITY_TYPE_LABELS } from '../../../shared/timeline/activity-labels';
import { activitiesApi, appointmentsApi, notesApi, tasksApi } from '../../../shared/api/timeline.api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { FormField } from '../ui/form-field';
import type { Lookups } from '../records/use-lookups';
import type { TimelineTarget } from './use-timeline';
import { assignableMembers } from '../records/assignable-members';

export type ComposerKind = 'activity' | 'note' | 'task' | 'appointment';
/** A follow-up task starts from its source: what it was about, and its links. */
export type FollowUp = { id: string; subject: string };

type TimelineComposerProps = {
  api: ApiClient;
  target: TimelineTarget;
  lookups: Lookups | null;
  /** On a company card: its people, so a note or activity can also be about one of them. */
  people: { id: string; name: string }[];
  kind: ComposerKind;
  followUp: FollowUp | null;
  onKind: (kind: ComposerKind) => void;
  onSaved: () => void;
};

const pad = (n: number) => String(n).padStart(2, '0');
const localDateTime = (d = new Date()) =>
  `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
const KINDS: [ComposerKind, string][] = [
  ['activity', 'Log activity'],
  ['note', 'Note'],
  ['task', 'Task'],
  ['appointment', 'Appointment'],
];

/** Log a call or visit (with a follow-up task in the same go), write a note, add a task or book a meeting. */
export function TimelineComposer({ api, target, lookups, people, kind, followUp, onKind, onSaved }: TimelineComposerProps) {
  const [v, setV] = useState<Record<string, string>>({ when: localDateTime(), type: 'call', priority: 'normal' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (key: string) => (e: Event) => setV({ ...v, [key]: (e.currentTarget as HTMLInputElement).value });
  const checked = (key: string) => (e: Event) =>
    setV({ ...v, [key]: (e.currentTarget as HTMLInputElement).checked ? 'yes' : '' });
  const links = () => {
    const contactIds = 'contactId' in target ? [target.contactId] : v.contactId ? [v.contactId] : [];
    return { companyIds: 'companyId' in target ? [target.companyId] : [], contactIds };
  };
  const text = (key: string) => v[key]?.trim() || null;
  const taskBody = (title: string, dueDate: string | null, followUpOf: string | null) => ({
    title,
    dueDate,
    dueTime: text('dueTime'),
    // The extension shows a notification at this moment (local time, as typed).
    remindAt: v.remindAt ? new Date(v.remindAt).getTime() : null,
    assigneeId: text('assigneeId') ?? undefined,
    // The select offers only these; anything else is left to the server's default.
    priority: TASK_PRIORITIES.find((p) => p === v.priority),
    followUpOf,
    ...links(),
  });
  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setFailure(null);
    try {
      if (kind === 'activity') {
        const { item } = await api.call(activitiesApi.create, {
          json: {
            type: v.type ?? 'call',
            subject: v.subject ?? '',
            occurredAt: v.when ? new Date(v.when).getTime() : undefined,
            durationMinutes: v.duration ? Number(v.duration) : null,
            outcome: text('outcome'),
            description: text('description'),
            ...links(),
          },
        });
        if (v.followUp)
          await api.call(tasksApi.create, {
            json: taskBody(v.followUpTitle || `Follow up: ${v.subject}`, text('followUpDue'), item.id),
          });
      } else if (kind === 'note') {
        await api.call(notesApi.create, { json: { body: v.body ?? '', isPrivate: v.isPrivate === 'yes', ...links() } });
      } else if (kind === 'task') {
        await api.call(tasksApi.create, { json: taskBody(v.title ?? '', text('dueDate'), followUp?.id ?? null) });
      } else {
        const at = (time: string) => (v.date && v[time] ? new Date(`${v.date}T${v[time]}`).getTime() : NaN);
        await api.call(appointmentsApi.create, {
          json: {
            title: v.title ?? '',
            startsAt: at('start'),
            endsAt: at('end'),
            location: text('location'),
            videoUrl: text('videoUrl'),
            ...links(),
          },
        });
      }
      setV({ when: localDateTime(), type: v.type ?? 'call', priority: 'normal' });
      onSaved();
    } catch (err) {
      if (err instanceof ApiError && err.issues.length > 0) setErrors(fieldErrors(err.issues));
      else setFailure(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  const customTypes = (lookups?.items ?? []).filter((i) => i.kind === 'activityType' && i.deletedAt === null);
  type InputType = 'text' | 'number' | 'date' | 'time' | 'datetime-local' | 'url';
  const input = (name: string, label: string, type: InputType = 'text', required = false) => (
    <FormField name={name} label={label} errors={errors[name]}>
      <input name={name} type={type as 'text'} required={required} value={v[name] ?? ''} onInput={set(name)} />
    </FormField>
  );
  return (
    <form class="card form timeline-composer" data-testid="timeline-composer" onSubmit={(e) => void save(e)}>
      <div class="composer-kinds" role="tablist">
        {KINDS.map(([key, label]) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={kind === key}
            class={kind === key ? 'active' : ''}
            onClick={() => onKind(key)}
          >
            {label}
          </button>
        ))}
      </div>
      {followUp && kind === 'task' && <p class="muted small">Follow-up of “{followUp.subject}”</p>}
      <div class="form-grid">
        {kind === 'activity' && (
          <>
            <FormField name="type" label="Type" errors={errors.type}>
              <select name="type" value={v.type} onChange={set('type')}>
                {BUILT_IN_ACTIVITY_TYPES.map((t) => (
                  <option key={t} value={t}>
                    {ACTIVITY_TYPE_LABELS[t]}
                  </option>
                ))}
                {customTypes.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </select>
            </FormField>
            {input('subject', 'Subject', 'text', true)}
            {input('when', 'When', 'datetime-local')}
            {input('duration', 'Minutes', 'number')}
            {input('outcome', 'Outcome')}
            {input('description', 'Notes')}
          </>
        )}
        {kind === 'note' && (
          <FormField
            name="body"
            label="Note"
            errors={errors.body}
            wide
            hint="**bold**, *italic*, lines starting with - for a list, links"
          >
            <textarea name="body" rows={4} required value={v.body ?? ''} onInput={set('body')} />
          </FormField>
        )}
        {kind === 'task' && (
          <>
            {input('title', 'Title', 'text', true)}
            {input('dueDate', 'Due date', 'date')}
            {input('dueTime', 'Time', 'time')}
            {input('remindAt', 'Remind me', 'datetime-local')}
          </>
        )}
        {kind === 'appointment' && (
          <>
            {input('title', 'Title', 'text', true)}
            {input('date', 'Date', 'date', true)}
            {input('start', 'Starts', 'time', true)}
            {input('end', 'Ends', 'time', true)}
            {errors.endsAt && <p class="field-error">Ends: {errors.endsAt.join(', ')}</p>}
            {input('location', 'Location')}
            {input('videoUrl', 'Video link', 'url')}
          </>
        )}
        {(kind === 'task' || (kind === 'activity' && v.followUp)) && (
          <FormField name="assigneeId" label="Assignee" errors={errors.assigneeId}>
            <select name="assigneeId" value={v.assigneeId ?? ''} onChange={set('assigneeId')}>
              <option value="">Me</option>
              {assignableMembers(lookups?.members ?? [], [v.assigneeId]).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </FormField>
        )}
        {(kind === 'note' || kind === 'activity') && people.length > 0 && (
          <FormField name="contactId" label="Also about" errors={errors.contactIds}>
            <select name="contactId" value={v.contactId ?? ''} onChange={set('contactId')}>
              <option value="">Only the company</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </FormField>
        )}
      </div>
      {kind === 'note' && (
        <label class="row">
          <input type="checkbox" name="isPrivate" checked={v.isPrivate === 'yes'} onChange={checked('isPrivate')} />
          Private: only I can see this note
        </label>
      )}
      {kind === 'activity' && (
        <>
          <label class="row">
            <input type="checkbox" name="followUp" checked={v.followUp === 'yes'} onChange={checked('followUp')} />
            Create a follow-up task
          </label>
          {v.followUp && (
            <div class="form-grid">
              {input('followUpTitle', 'Follow-up')}
              {input('followUpDue', 'Due date', 'date')}
            </div>
          )}
        </>
      )}
      {failure && <p class="error">{failure}</p>}
      <div class="actions">
        <button type="submit" disabled={busy} data-testid="composer-save">
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
