import { useState } from 'preact/hooks';
import type { TimelineItem } from '../../../shared/timeline/timeline-item';
import { timelineApi, type TimelinePage } from '../../../shared/api/timeline.api';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { fileNameFromTitle } from '../../../shared/files/file-name';
import { downloadFile } from '../ui/download-file';
import { isoDate, toCsv } from '../records/export-csv';
import { toXlsx } from '../records/export-xlsx';
import { TIMELINE_EXPORT_HEADER, timelineRow } from './timeline-rows';
import { memberName, type Lookups } from '../records/use-lookups';
import { timelineQuery, type TimelineFilter, type TimelineTarget } from './use-timeline';

type TimelineExportProps = {
  api: ApiClient;
  target: TimelineTarget;
  filter: TimelineFilter;
  lookups: Lookups | null;
  /** Names the file: `<name>-timeline-<date>`. */
  name: string;
};

/**
 * The timeline as the filter shows it, every page, as Excel or CSV. It reads the same API as the
 * card, so what the caller may not see (colleagues' private notes, blocked e-mails) is never in it.
 */
export function TimelineExport({ api, target, filter, lookups, name }: TimelineExportProps) {
  const { t } = useI18n();
  const [state, setState] = useState<{ busy: boolean; fetched: number; error?: string }>({ busy: false, fetched: 0 });
  const run = async (format: 'csv' | 'xlsx') => {
    setState({ busy: true, fetched: 0 });
    try {
      const items: TimelineItem[] = [];
      const query = timelineQuery(target, filter, 200);
      for (let cursor: string | null = null, first = true; first || cursor; first = false) {
        const page: TimelinePage = await api.call(timelineApi.page, { query: { ...query, cursor: cursor ?? undefined } });
        items.push(...page.items);
        cursor = page.next;
        setState({ busy: true, fetched: items.length });
      }
      const activityType = new Map((lookups?.items ?? []).filter((i) => i.kind === 'activityType').map((i) => [i.id, i.name]));
      const member = (id: string) => (lookups ? memberName(lookups, id) : id);
      const rows = items.map((item) => timelineRow(item, { activityType, member }));
      const header = TIMELINE_EXPORT_HEADER.map((key) => t(key));
      const file = `${fileNameFromTitle(name, 'timeline', 60)}-timeline-${isoDate(new Date())}.${format}`;
      const blob =
        format === 'csv'
          ? new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' })
          : await toXlsx(t('timeline.export.sheet'), header, rows);
      downloadFile(blob, file);
      setState({ busy: false, fetched: 0 });
    } catch (err) {
      setState({ busy: false, fetched: 0, error: err instanceof Error ? err.message : String(err) });
    }
  };
  return (
    <div class="timeline-export">
      {state.busy ? (
        <span class="muted small" data-testid="timeline-export-progress">
          {t('timeline.export.progress', { count: state.fetched })}
        </span>
      ) : (
        <>
          <span class="muted small">{t('timeline.export.label')}</span>
          <button type="button" class="link small" data-testid="timeline-export-xlsx" onClick={() => void run('xlsx')}>
            Excel
          </button>
          <button type="button" class="link small" data-testid="timeline-export-csv" onClick={() => void run('csv')}>
            CSV
          </button>
        </>
      )}
      {state.error && <p class="error">{t('timeline.export.failed', { error: state.error })}</p>}
    </div>
  );
}
