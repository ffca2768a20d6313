import { describe, expect, it } from 'vitest';
import { TIMELINE_EXPORT_HEADER, timelineRow, type RowNames } from '../../../../extension/dashboard/timeline/timeline-rows';
import type { TimelineItem } from '../../../../shared/timeline/timeline-item';
import { startLanguage } from '../../../../extension/ui/i18n/use-i18n';

const names: RowNames = {
  activityType: new Map([['01900000-0000-7000-8000-0000000000aa', 'Site survey']]),
  member: (id) => ({ u1: 'Ola Selger', u2: 'Sigrid Salg' })[id] ?? 'Former member',
};
// Local time, as the export writes it.
const at = new Date(2026, 10, 27, 9, 5).getTime();
// The rows speak the current language; the lang attribute goes to a stand-in for the document.
await startLanguage('en', {} as HTMLElement);
const item = (kind: TimelineItem['kind'], record: Record<string, unknown>) => ({ kind, id: 'x', at, record }) as TimelineItem;

describe('timeline export rows', () => {
  it('writes every kind as plain text in the header’s columns', () => {
    expect(TIMELINE_EXPORT_HEADER).toHaveLength(6);
    expect(
      timelineRow(
        item('activity', {
          type: '01900000-0000-7000-8000-0000000000aa',
          subject: 'Checked the quay',
          durationMinutes: 45,
          outcome: 'Fits',
          description: null,
          userIds: ['u1', 'u2'],
        }),
        names,
      ),
    ).toEqual([
      '2026-11-27 09:05',
      'Activity',
      'Site survey: Checked the quay',
      '45 min\nOutcome: Fits',
      null,
      'Ola Selger, Sigrid Salg',
    ]);
    expect(
      timelineRow(
        item('task', {
          title: 'Send quote',
          dueDate: '2026-11-30',
          dueTime: '10:00',
          description: null,
          status: 'inProgress',
          assigneeId: 'u9',
        }),
        names,
      ),
    ).toEqual(['2026-11-27 09:05', 'Task', 'Send quote', 'Due 30 Nov 2026, 10:00', 'in progress', 'Former member']);
    expect(timelineRow(item('note', { body: '**Price** too high\n- freight\n- margin', isPrivate: true }), names)).toEqual([
      '2026-11-27 09:05',
      'Note',
      'Price too high',
      'Price too high\n\n• freight\n• margin',
      'private',
      null,
    ]);
    expect(timelineRow(item('file', { fileName: 'Tilbud.pdf', contentType: 'application/pdf', size: 12345 }), names)[3]).toBe(
      'application/pdf, 12,345 bytes',
    );
    expect(
      timelineRow(
        item('history', {
          action: 'update',
          channel: 'api',
          user: { id: 'u1', name: 'Ola Selger' },
          changes: { name: ['A', 'B'] },
        }),
        names,
      ).slice(2, 4),
    ).toEqual(['Ola Selger changed', 'name: A → B']);
  });
});
