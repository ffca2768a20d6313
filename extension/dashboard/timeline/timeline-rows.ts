import type { MessageKey } from '../../../shared/i18n/messages';
import type { Translate } from '../../../shared/i18n/translator';
import { taskDue } from '../../../shared/timeline/task-due';
import { noteText } from '../../../shared/timeline/note-markup';
import type { TimelineItem } from '../../../shared/timeline/timeline-item';
import { actionText, fieldName, valueText } from '../records/history-text';
import type { CellValue } from '../records/list-columns';
import { currentI18n } from '../../ui/i18n/use-i18n';
import { APPOINTMENT_STATUS_NAMES, KIND_LABELS, TASK_STATUS_NAMES, activityTypeName } from '../../timeline/timeline-labels';

export const TIMELINE_EXPORT_HEADER: MessageKey[] = [
  'timeline.export.when',
  'timeline.export.kind',
  'timeline.export.title',
  'timeline.export.details',
  'timeline.export.status',
  'timeline.export.people',
];

/** Names the rows need: workspace-defined activity types and members. */
export type RowNames = { activityType: Map<string, string>; member: (id: string) => string };

/** One timeline entry as a spreadsheet row: the same words the timeline shows, as plain text. */
export function timelineRow(item: TimelineItem, names: RowNames): CellValue[] {
  const { t } = currentI18n();
  const cells = cellsOf(item, names, t);
  return [
    localTime(item.at),
    t(KIND_LABELS[item.kind]),
    cells.title,
    cells.details ?? null,
    cells.status ?? null,
    cells.people ?? null,
  ];
}

type Cells = { title: string; details?: string | null; status?: string; people?: string };

function cellsOf(item: TimelineItem, names: RowNames, t: Translate): Cells {
  const people = (ids: string[]) => ids.map(names.member).join(', ');
  switch (item.kind) {
    case 'activity': {
      const a = item.record;
      const extra = [
        a.durationMinutes !== null ? t('timeline.activity.minutes', { minutes: a.durationMinutes }) : '',
        a.outcome ? t('timeline.activity.outcome', { outcome: a.outcome }) : '',
        a.description ?? '',
      ];
      return {
        title: `${activityTypeName(t, a.type, names.activityType)}: ${a.subject}`,
        details: extra.filter(Boolean).join('\n'),
        people: people(a.userIds),
      };
    }
    case 'task': {
      const task = item.record;
      const due = task.dueDate ? t('timeline.export.due', { due: taskDue(task, currentI18n().f) }) : '';
      return {
        title: task.title,
        details: [due, task.description ?? ''].filter(Boolean).join('\n'),
        status: t(TASK_STATUS_NAMES[task.status]),
        people: task.assigneeId ? names.member(task.assigneeId) : '',
      };
    }
    case 'appointment': {
      const a = item.record;
      const span = `${localTime(a.startsAt)} – ${localTime(a.endsAt)}`;
      return {
        title: a.title,
        details: [span, a.location ?? '', a.videoUrl ?? '', a.description ?? ''].filter(Boolean).join('\n'),
        status: t(APPOINTMENT_STATUS_NAMES[a.status]),
        people: people(a.userIds),
      };
    }
    case 'note': {
      const n = item.record;
      return {
        title: noteText(n.body).split('\n')[0]!.slice(0, 120),
        details: noteText(n.body),
        status: n.isPrivate ? t('timeline.export.private') : '',
      };
    }
    case 'email': {
      const e = item.record;
      return { title: e.subject || t('timeline.email.noSubject'), details: e.snippet };
    }
    case 'file': {
      const file = item.record;
      const details = t('timeline.file.details', { type: file.contentType, size: file.size });
      return { title: file.fileName, details };
    }
    case 'history': {
      const h = item.record;
      const changes = Object.entries(h.changes).map(
        ([field, [before, after]]) => `${fieldName(field)}: ${valueText(before)} → ${valueText(after)}`,
      );
      return {
        title: `${h.user.name ?? t('timeline.history.someone')} ${actionText(h.action)}`,
        details: changes.join('\n'),
        people: h.user.name ?? '',
      };
    }
  }
}

/** Local date and time to the minute, sortable as text. */
function localTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
