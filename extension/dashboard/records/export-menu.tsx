import { useRef, useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import { currentI18n, useI18n } from '../../ui/i18n/use-i18n';
import { downloadFile } from '../ui/download-file';
import { isoDate, toCsv } from './export-csv';
import { fetchExportRows } from './export-rows';
import { toXlsx } from './export-xlsx';
import { cellValue } from './cell-value';
import { columnLabel, type ListColumn } from './list-columns';
import { listTitle, type ListNames } from './record-list-names';
import type { ListQuery, ListRow, RecordListOps } from './record-list-ops';
import { ProgressBar } from '../ui/progress-bar';
import type { Lookups } from './use-lookups';
import type { Selection } from './use-selection';

type ExportMenuProps = {
  api: ApiClient;
  ops: RecordListOps;
  names: ListNames;
  query: ListQuery;
  selection: Selection;
  columns: ListColumn[];
  lookups: Lookups;
  /** More formats for the same rows (contacts: vCard), after Excel and CSV. */
  formats?: ExtraFormat[];
};

/** A file made from whole records rather than the chosen columns; `label` is in the user's language. */
export type ExtraFormat = { id: string; label: string; extension: string; write: (records: ListRow[]) => Blob };

type Format = 'csv' | 'xlsx' | ExtraFormat;
type Phase = { state: 'idle'; error?: string } | { state: 'fetching'; done: number; total: number } | { state: 'writing' };

/** Exports the selection, or everything the filter matches, with the columns shown in the list. */
export function ExportMenu(props: ExportMenuProps) {
  const { api, ops, names, query, selection, columns, lookups, formats = [] } = props;
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ state: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const scope =
    selection.size > 0
      ? t('records.export.selected', { count: selection.size, columns: columns.length })
      : t('records.export.all', { columns: columns.length });

  const run = async (format: Format) => {
    abort.current = new AbortController();
    setPhase({ state: 'fetching', done: 0, total: 0 });
    try {
      const only = selection.size > 0 ? selection.ids : null;
      const records = await fetchExportRows(
        api,
        ops,
        query,
        only,
        (done, total) => setPhase({ state: 'fetching', done, total }),
        abort.current.signal,
      );
      setPhase({ state: 'writing' });
      // The language at the time of writing: the file speaks it in its headers, name and cells.
      const now = currentI18n();
      const header = columns.map((c) => columnLabel(now.t, c));
      const rows = records.map((record) => columns.map((c) => cellValue(c, record, lookups)));
      const extension = typeof format === 'string' ? format : format.extension;
      const name = `${now.t(names.name, { count: 2 })}-${isoDate(new Date())}.${extension}`;
      const blob =
        typeof format !== 'string'
          ? format.write(records)
          : format === 'csv'
            ? new Blob([toCsv(header, rows)], { type: 'text/csv;charset=utf-8' })
            : await toXlsx(listTitle(now.t, names), header, rows);
      downloadFile(blob, name);
      setPhase({ state: 'idle' });
    } catch (err) {
      setPhase({
        state: 'idle',
        error:
          (err as Error).name === 'AbortError'
            ? undefined
            : currentI18n().t('records.export.failed', { message: (err as Error).message }),
      });
    }
  };

  if (phase.state !== 'idle') {
    return (
      <div class="export-progress" data-testid="export-progress">
        {phase.state === 'fetching' ? (
          <ProgressBar label={t('records.export.exporting')} done={phase.done} total={phase.total} />
        ) : (
          <span class="muted">{t('records.export.writing')}</span>
        )}
        <button type="button" class="link" onClick={() => abort.current?.abort()}>
          {t('common.cancel')}
        </button>
      </div>
    );
  }
  return (
    <>
      <details class="menu" data-testid="export-menu">
        <summary class="button secondary">{t('records.export.button')}</summary>
        <div class="menu-panel menu-panel-right">
          <p class="muted small">{scope}</p>
          <button type="button" class="menu-item" data-testid="export-xlsx" onClick={() => void run('xlsx')}>
            {t('records.export.xlsx')}
          </button>
          <button type="button" class="menu-item" data-testid="export-csv" onClick={() => void run('csv')}>
            {t('records.export.csv')}
          </button>
          {formats.map((format) => (
            <button
              key={format.id}
              type="button"
              class="menu-item"
              data-testid={`export-${format.id}`}
              onClick={() => void run(format)}
            >
              {format.label}
            </button>
          ))}
        </div>
      </details>
      {phase.error && <p class="error">{phase.error}</p>}
    </>
  );
}
