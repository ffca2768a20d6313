import { useState } from 'preact/hooks';
import { BUILT_IN_ACTIVITY_TYPES } from '../../../shared/entities/activity';
import { TASK_PRIORITIES } from '../../../shared/entities/task';
import type { MessageKey } from '../../../shared/i18n/messages';
import { activitiesApi, appointmentsApi, notesApi, tasksApi } from '../../../shared/api/timeline.api';
import { ApiError, type ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { fieldErrors, type FieldErrors } from '../ui/field-errors';
import { FormField } from '../ui/form-field';
import type { Lookups } from '../records/use-lookups';
import type { TimelineTarget } from './use-timeline';
import { assignableMembers } from '../records/assignable-members';
import { ACTIVITY_TYPE_NAMES } from '../../timeline/timeline-labels';
import { DateField } from '../../ui/date-field';
import { DateTimeField } from '../../ui/date-time-field';
import { TimeField } from '../../ui/time-field';

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
const KINDS: [ComposerKind, MessageKey][] = [
  ['activity', 'timeline.composer.logActivity'],
  ['note', 'timeline.kind.note'],
  ['task', 'timeline.kind.task'],
  ['appointment', 'timeline.kind.appointment'],
];

/** Log a call or visit (with a follow-up task in the same go), write a note, add a task or book a meeting. */
export function TimelineComposer({ api, target, lookups, people, kind, followUp, onKind, onSaved }: TimelineComposerProps) {
  const { t } = useI18n();
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
            json: taskBody(
              v.followUpTitle || t('timeline.composer.followUpTitle', { subject: v.subject }),
              text('followUpDue'),
              item.id,
            ),
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
  // Dates and times are Fjord's own fields: the browser's would follow its locale, not the user's language.
  const setValue = (key: string) => (value: string) => setV((prev) => ({ ...prev, [key]: value }));
  const input = (name: string, label: MessageKey, type: InputType = 'text', required = false) => {
    const field = { name, value: v[name] ?? '', invalid: Boolean(errors[name]?.length), onChange: setValue(name), required };
    return (
      <FormField name={name} label={t(label)} errors={errors[name]}>
        {type === 'date' ? (
          <DateField {...field} />
        ) : type === 'time' ? (
          <TimeField {...field} />
        ) : type === 'datetime-local' ? (
          <DateTimeField {...field} />
        ) : (
          <input name={name} type={type as 'text'} required={required} value={v[name] ?? ''} onInput={set(name)} />
        )}
      </FormField>
    );
  };
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
            {t(label)}
          </button>
        ))}
      </div>
      {followUp && kind === 'task' && (
        <p class="muted small">{t('timeline.composer.followUpOf', { subject: followUp.subject })}</p>
      )}
      <div class="form-grid">
        {kind === 'activity' && (
          <>
            <FormField name="type" label={t('timeline.composer.type')} errors={errors.type}>
              <select name="type" value={v.type} onChange={set('type')}>
                {BUILT_IN_ACTIVITY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(ACTIVITY_TYPE_NAMES[type])}
                  </option>
                ))}
                {customTypes.map((type) => (
                  <option key={type.id} value={type.id}>
                    {type.name}
                  </option>
                ))}
              </select>
            </FormField>
            {input('subject', 'timeline.composer.subject', 'text', true)}
            {input('when', 'timeline.composer.when', 'datetime-local')}
            {input('duration', 'timeline.composer.minutes', 'number')}
            {input('outcome', 'timeline.composer.outcome')}
            {input('description', 'common.notes')}
          </>
        )}
        {kind === 'note' && (
          <FormField name="body" label={t('timeline.kind.note')} errors={errors.body} wide hint={t('timeline.composer.noteHint')}>
            <textarea name="body" rows={4} required value={v.body ?? ''} onInput={set('body')} />
          </FormField>
        )}
        {kind === 'task' && (
          <>
            {input('title', 'timeline.composer.title', 'text', true)}
            {input('dueDate', 'timeline.composer.dueDate', 'date')}
            {input('dueTime', 'timeline.composer.time', 'time')}
            {input('remindAt', 'timeline.composer.remindMe', 'datetime-local')}
          </>
        )}
        {kind === 'appointment' && (
          <>
            {input('title', 'timeline.composer.title', 'text', true)}
            {input('date', 'timeline.composer.date', 'date', true)}
            {input('start', 'timeline.composer.starts', 'time', true)}
            {input('end', 'timeline.composer.ends', 'time', true)}
            {errors.endsAt && (
              <p class="field-error">
                {t('timeline.composer.ends')}: {errors.endsAt.join(', ')}
              </p>
            )}
            {input('location', 'timeline.composer.location')}
            {input('videoUrl', 'timeline.appointment.videoLink', 'url')}
          </>
        )}
        {(kind === 'task' || (kind === 'activity' && v.followUp)) && (
          <FormField name="assigneeId" label={t('timeline.composer.assignee')} errors={errors.assigneeId}>
            <select name="assigneeId" value={v.assigneeId ?? ''} onChange={set('assigneeId')}>
              <option value="">{t('timeline.composer.me')}</option>
              {assignableMembers(lookups?.members ?? [], [v.assigneeId]).map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          </FormField>
        )}
        {(kind === 'note' || kind === 'activity') && people.length > 0 && (
          <FormField name="contactId" label={t('timeline.composer.alsoAbout')} errors={errors.contactIds}>
            <select name="contactId" value={v.contactId ?? ''} onChange={set('contactId')}>
              <option value="">{t('timeline.composer.onlyCompany')}</option>
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
          {t('timeline.composer.private')}
        </label>
      )}
      {kind === 'activity' && (
        <>
          <label class="row">
            <input type="checkbox" name="followUp" checked={v.followUp === 'yes'} onChange={checked('followUp')} />
            {t('timeline.composer.createFollowUp')}
          </label>
          {v.followUp && (
            <div class="form-grid">
              {input('followUpTitle', 'timeline.composer.followUp')}
              {input('followUpDue', 'timeline.composer.dueDate', 'date')}
            </div>
          )}
        </>
      )}
      {failure && <p class="error">{failure}</p>}
      <div class="actions">
        <button type="submit" disabled={busy} data-testid="composer-save">
          {busy ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
