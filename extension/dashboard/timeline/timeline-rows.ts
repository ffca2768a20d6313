import { taskDue } from '../../../shared/timeline/task-due';
import { activityTypeLabel } from '../../../shared/timeline/activity-labels';
import { noteText } from '../../../shared/timeline/note-markup';
import type { TimelineItem } from '../../../shared/timeline/timeline-item';
import { actionText, fieldName, valueText } from '../records/history-text';
import type { CellValue } from '../records/list-columns';
import { KIND_LABELS } from './timeline-labels';

export const TIMELINE_EXPORT_HEADER = ['When', 'Kind', 'Title', 'Details', 'Status', 'People'];

/** Names the rows need: workspace-defined activity types and members. */
export type RowNames = { activityType: Map<string, string>; member: (id: string) => string };

/** One timeline entry as a spreadsheet row: the same words the timeline shows, as plain text. */
export function timelineRow(item: TimelineItem, names: RowNames): CellValue[] {
  const cells = cellsOf(item, names);
  return [
    localTime(item.at),
    KIND_LABELS[item.kind],
    cells.title,
    cells.details ?? null,
    cells.status ?? null,
    cells.people ?? null,
  ];
}

type Cells = { title: string; details?: string | null; status?: string; people?: string };

function cellsOf(item: TimelineItem, names: RowNames): Cells {
  const people = (ids: string[]) => ids.map(names.member).join(', ');
  switch (item.kind) {
    case 'activity': {
      const a = item.record;
      const extra = [
        a.durationMinutes !== null ? `${a.durationMinutes} min` : '',
        a.outcome ? `Outcome: ${a.outcome}` : '',
        a.description ?? '',
      ];
      return {
        title: `${activityTypeLabel(a.type, names.activityType)}: ${a.subject}`,
        details: extra.filter(Boolean).join('\n'),
        people: people(a.userIds),
      };
    }
    case 'task': {
      const t = item.record;
      const due = t.dueDate ? `Due ${taskDue(t)}` : '';
      return {
        title: t.title,
        details: [due, t.description ?? ''].filter(Boolean).join('\n'),
        status: t.status === 'inProgress' ? 'in progress' : t.status,
        people: t.assigneeId ? names.member(t.assigneeId) : '',
      };
    }
    case 'appointment': {
      const a = item.record;
      const span = `${localTime(a.startsAt)} – ${localTime(a.endsAt)}`;
      return {
        title: a.title,
        details: [span, a.location ?? '', a.videoUrl ?? '', a.description ?? ''].filter(Boolean).join('\n'),
        people: people(a.userIds),
      };
    }
    case 'note': {
      const n = item.record;
      return {
        title: noteText(n.body).split('\n')[0]!.slice(0, 120),
        details: noteText(n.body),
        status: n.isPrivate ? 'private' : '',
      };
    }
    case 'email': {
      const e = item.record;
      return { title: e.subject || '(no subject)', details: e.snippet };
    }
    case 'file': {
      const f = item.record;
      return { title: f.fileName, details: `${f.contentType}, ${f.size.toLocaleString('en')} bytes` };
    }
    case 'history': {
      const h = item.record;
      const changes = Object.entries(h.changes).map(
        ([field, [before, after]]) => `${fieldName(field)}: ${valueText(before)} → ${valueText(after)}`,
      );
      return {
        title: `${h.user.name ?? 'Someone'} ${actionText(h.action)}`,
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
