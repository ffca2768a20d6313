import type { Activity } from '../../../shared/entities/activity';
import { taskDue } from '../../../shared/timeline/task-due';
import type { Appointment } from '../../../shared/entities/appointment';
import type { Attachment } from '../../../shared/entities/attachment';
import type { Task } from '../../../shared/entities/task';
import { activityTypeLabel } from '../../../shared/timeline/activity-labels';
import type { HistoryItem, TimelineItem } from '../../../shared/timeline/timeline-item';
import { actionText, fieldName, valueText } from '../records/history-text';
import { NoteView } from './note-view';
import { KIND_LABELS } from './timeline-labels';
import { memberName, type Lookups } from '../records/use-lookups';

type TimelineItemViewProps = {
  item: TimelineItem;
  lookups: Lookups | null;
  onDone: (task: Task) => void;
  onFollowUp: (source: Activity | Appointment) => void;
  onDownload: (file: Attachment) => void;
  onDownloadIcs: (appointment: Appointment) => void;
};

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** One entry of the timeline: what it is, when, and what can be done with it from here. */
export function TimelineItemView({ item, lookups, onDone, onFollowUp, onDownload, onDownloadIcs }: TimelineItemViewProps) {
  const customTypes = new Map((lookups?.items ?? []).filter((i) => i.kind === 'activityType').map((i) => [i.id, i.name]));
  const who = (id: string) => (lookups ? memberName(lookups, id) : '');
  return (
    <li class={`timeline-item kind-${item.kind}`} data-testid="timeline-item" data-kind={item.kind}>
      <div class="timeline-meta muted small">
        <span class="timeline-kind">{KIND_LABELS[item.kind]}</span> · {when.format(item.at)}
      </div>
      {item.kind === 'activity' && (
        <ActivityBody a={item.record} label={activityTypeLabel(item.record.type, customTypes)} onFollowUp={onFollowUp} />
      )}
      {item.kind === 'task' && (
        <TaskBody t={item.record} assignee={item.record.assigneeId ? who(item.record.assigneeId!) : null} onDone={onDone} />
      )}
      {item.kind === 'appointment' && <AppointmentBody a={item.record} onFollowUp={onFollowUp} onDownloadIcs={onDownloadIcs} />}
      {item.kind === 'note' && (
        <>
          {item.record.isPrivate && <span class="chip">Private</span>}
          <NoteView body={item.record.body} />
        </>
      )}
      {item.kind === 'email' && (
        <div>
          <strong>{item.record.subject || '(no subject)'}</strong>
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
  return (
    <div>
      <strong>
        {label}: {a.subject}
      </strong>
      {a.durationMinutes !== null && <span class="muted"> · {a.durationMinutes} min</span>}
      {a.outcome && <div>Outcome: {a.outcome}</div>}
      {a.description && <div class="muted">{a.description}</div>}
      <button type="button" class="link small" data-testid="follow-up" onClick={() => onFollowUp(a)}>
        Create follow-up task
      </button>
    </div>
  );
}

function TaskBody({ t, assignee, onDone }: { t: Task; assignee: string | null; onDone: TimelineItemViewProps['onDone'] }) {
  const open = t.status === 'open' || t.status === 'inProgress';
  return (
    <div>
      <strong class={open ? '' : 'done'}>{t.title}</strong>
      <span class="muted">
        {t.dueDate && ` · due ${taskDue(t)}`}
        {assignee && ` · ${assignee}`} · {t.status === 'inProgress' ? 'in progress' : t.status}
      </span>
      {open && (
        <button type="button" class="link small" data-testid="mark-done" onClick={() => onDone(t)}>
          Mark done
        </button>
      )}
    </div>
  );
}

type AppointmentBodyProps = Pick<TimelineItemViewProps, 'onFollowUp' | 'onDownloadIcs'> & { a: Appointment };

function AppointmentBody({ a, onFollowUp, onDownloadIcs }: AppointmentBodyProps) {
  return (
    <div>
      <strong>{a.title}</strong>
      <span class="muted">
        {' '}
        · {when.format(a.startsAt)}–{when.format(a.endsAt)}
        {a.location && ` · ${a.location}`}
      </span>
      {a.videoUrl && (
        <div>
          <a href={a.videoUrl} target="_blank" rel="noopener noreferrer">
            Video link
          </a>
        </div>
      )}
      <button type="button" class="link small" data-testid="follow-up" onClick={() => onFollowUp(a)}>
        Create follow-up task
      </button>
      <button type="button" class="link small" data-testid="download-ics" onClick={() => onDownloadIcs(a)}>
        Add to my calendar (.ics)
      </button>
    </div>
  );
}

function HistoryBody({ h }: { h: HistoryItem }) {
  const fields = Object.entries(h.changes);
  return (
    <div class="muted">
      {h.user.name ?? 'Someone'} {actionText(h.action)}
      {h.action === 'update' &&
        ` ${fields.map(([field, [before, after]]) => `${fieldName(field)}: ${valueText(before)} → ${valueText(after)}`).join('; ')}`}
      {h.channel !== 'dashboard' && ` (through ${h.channel})`}
    </div>
  );
}
