import type { Activity } from '../../../shared/entities/activity';
import { taskDue } from '../../../shared/timeline/task-due';
import type { Appointment, AppointmentStatus } from '../../../shared/entities/appointment';
import type { Attachment } from '../../../shared/entities/attachment';
import type { Task } from '../../../shared/entities/task';
import type { HistoryItem, TimelineItem } from '../../../shared/timeline/timeline-item';
import { actionText, channelText, fieldName, valueText } from '../records/history-text';
import { useI18n } from '../../ui/i18n/use-i18n';
import { NoteView } from './note-view';
import { APPOINTMENT_STATUS_NAMES, KIND_LABELS, TASK_STATUS_NAMES, activityTypeName } from '../../timeline/timeline-labels';
import { memberName, type Lookups } from '../records/use-lookups';

type TimelineItemViewProps = {
  item: TimelineItem;
  lookups: Lookups | null;
  onDone: (task: Task) => void;
  onAppointmentStatus: (appointment: Appointment, status: AppointmentStatus) => void;
  onFollowUp: (source: Activity | Appointment) => void;
  onDownload: (file: Attachment) => void;
  onDownloadIcs: (appointment: Appointment) => void;
};

/** One entry of the timeline: what it is, when, and what can be done with it from here. */
export function TimelineItemView({
  item,
  lookups,
  onDone,
  onAppointmentStatus,
  onFollowUp,
  onDownload,
  onDownloadIcs,
}: TimelineItemViewProps) {
  const { t, f } = useI18n();
  const customTypes = new Map((lookups?.items ?? []).filter((i) => i.kind === 'activityType').map((i) => [i.id, i.name]));
  const who = (id: string) => (lookups ? memberName(lookups, id) : '');
  return (
    <li class={`timeline-item kind-${item.kind}`} data-testid="timeline-item" data-kind={item.kind}>
      <div class="timeline-meta muted small">
        <span class="timeline-kind">{t(KIND_LABELS[item.kind])}</span> · {f.dateTime(item.at)}
      </div>
      {item.kind === 'activity' && (
        <ActivityBody a={item.record} label={activityTypeName(t, item.record.type, customTypes)} onFollowUp={onFollowUp} />
      )}
      {item.kind === 'task' && (
        <TaskBody task={item.record} assignee={item.record.assigneeId ? who(item.record.assigneeId!) : null} onDone={onDone} />
      )}
      {item.kind === 'appointment' && (
        <AppointmentBody a={item.record} onStatus={onAppointmentStatus} onFollowUp={onFollowUp} onDownloadIcs={onDownloadIcs} />
      )}
      {item.kind === 'note' && (
        <>
          {item.record.isPrivate && <span class="chip">{t('timeline.note.private')}</span>}
          <NoteView body={item.record.body} />
        </>
      )}
      {item.kind === 'email' && (
        <div>
          <strong>{item.record.subject || t('timeline.email.noSubject')}</strong>
          <div class="muted small">{item.record.snippet}</div>
        </div>
      )}
      {item.kind === 'file' && (
        <button type="button" class="link" onClick={() => onDownload(item.record)}>
          {item.record.fileName}
        </button>
      )}
      {item.kind === 'history' && <HistoryBody h={item.record} />}
    </li>
  );
}

function ActivityBody({ a, label, onFollowUp }: { a: Activity; label: string; onFollowUp: TimelineItemViewProps['onFollowUp'] }) {
  const { t } = useI18n();
  return (
    <div>
      <strong>
        {label}: {a.subject}
      </strong>
      {a.durationMinutes !== null && (
        <span class="muted"> · {t('timeline.activity.minutes', { minutes: a.durationMinutes })}</span>
      )}
      {a.outcome && <div>{t('timeline.activity.outcome', { outcome: a.outcome })}</div>}
      {a.description && <div class="muted">{a.description}</div>}
      <button type="button" class="link small" data-testid="follow-up" onClick={() => onFollowUp(a)}>
        {t('timeline.item.followUp')}
      </button>
    </div>
  );
}

function TaskBody({ task, assignee, onDone }: { task: Task; assignee: string | null; onDone: TimelineItemViewProps['onDone'] }) {
  const { t, f } = useI18n();
  const open = task.status === 'open' || task.status === 'inProgress';
  return (
    <div>
      <strong class={open ? '' : 'done'}>{task.title}</strong>
      <span class="muted">
        {task.dueDate && ` · ${t('timeline.task.due', { due: taskDue(task, f) })}`}
        {assignee && ` · ${assignee}`} · {t(TASK_STATUS_NAMES[task.status])}
      </span>
      {open && (
        <button type="button" class="link small" data-testid="mark-done" onClick={() => onDone(task)}>
          {t('timeline.task.markDone')}
        </button>
      )}
    </div>
  );
}

type AppointmentBodyProps = Pick<TimelineItemViewProps, 'onFollowUp' | 'onDownloadIcs'> & {
  a: Appointment;
  onStatus: TimelineItemViewProps['onAppointmentStatus'];
};

/** The status changes one click away: a planned one can be held or called off, a settled one planned again. */
const NEXT_STATUSES = {
  planned: [
    ['done', 'timeline.appointment.markDone'],
    ['cancelled', 'timeline.appointment.cancel'],
  ],
  done: [['planned', 'timeline.appointment.replan']],
  cancelled: [['planned', 'timeline.appointment.replan']],
} as const;

function AppointmentBody({ a, onStatus, onFollowUp, onDownloadIcs }: AppointmentBodyProps) {
  const { t, f } = useI18n();
  return (
    <div class={`appointment-${a.status}`} data-status={a.status}>
      <strong class={a.status === 'cancelled' ? 'cancelled' : ''}>{a.title}</strong>
      <span class="muted">
        {' '}
        · {f.dateTime(a.startsAt)}–{f.dateTime(a.endsAt)}
        {a.location && ` · ${a.location}`}
      </span>{' '}
      <span class={`chip status-${a.status}`} data-testid="appointment-status">
        {t(APPOINTMENT_STATUS_NAMES[a.status])}
      </span>
      {a.videoUrl && (
        <div>
          <a href={a.videoUrl} target="_blank" rel="noopener noreferrer">
            {t('timeline.appointment.videoLink')}
          </a>
        </div>
      )}
      {NEXT_STATUSES[a.status].map(([status, label]) => (
        <button
          key={status}
          type="button"
          class="link small"
          data-testid={`appointment-${status}`}
          onClick={() => onStatus(a, status)}
        >
          {t(label)}
        </button>
      ))}
      <button type="button" class="link small" data-testid="follow-up" onClick={() => onFollowUp(a)}>
        {t('timeline.item.followUp')}
      </button>
      <button type="button" class="link small" data-testid="download-ics" onClick={() => onDownloadIcs(a)}>
        {t('timeline.appointment.addToCalendar')}
      </button>
    </div>
  );
}

function HistoryBody({ h }: { h: HistoryItem }) {
  const { t } = useI18n();
  const fields = Object.entries(h.changes);
  return (
    <div class="muted">
      {h.user.name ?? t('timeline.history.someone')} {actionText(h.action)}
      {h.action === 'update' &&
        ` ${fields.map(([field, [before, after]]) => `${fieldName(field)}: ${valueText(before)} → ${valueText(after)}`).join('; ')}`}
      {h.channel !== 'dashboard' && ` ${t('timeline.history.through', { channel: channelText(h.channel) })}`}
    </div>
  );
}
