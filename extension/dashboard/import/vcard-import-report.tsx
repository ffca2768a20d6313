import { useI18n } from '../../ui/i18n/use-i18n';
import type { VCardFile } from './vcard-import-button';
import { importable } from './vcard-import-rows';
import type { ImportResult } from './vcard-import-run';

type VCardImportReportProps = { file: VCardFile; results: ImportResult[]; stopped: string | null; onClose: () => void };

/** After the run: each card created (a link to it) or refused with the server's message. */
export function VCardImportReport({ file, results, stopped, onClose }: VCardImportReportProps) {
  const { t } = useI18n();
  const created = results.filter((r) => r.status === 'created').length;
  const failed = results.filter((r) => r.status === 'failed');
  const total = file.rows.filter(importable).length;
  return (
    <div class="import-panel" data-testid="vcard-report" role="status">
      <div class="bulk-summary-head">
        <strong class={failed.length || stopped ? 'warn-text' : 'ok-text'} data-testid="vcard-created">
          {t('import.report.created', { created, total, file: file.name })}
        </strong>
        <span class="spacer" />
        <button type="button" class="secondary small-button" onClick={onClose}>
          {t('records.done')}
        </button>
      </div>
      {stopped && <p class="error">{t('import.report.stopped', { message: stopped })}</p>}
      <ul class="import-results" data-testid="vcard-results">
        {results.map((r) => (
          <li key={r.card} data-card={r.card} data-status={r.status}>
            {t('import.card', { card: r.card })}:{' '}
            {r.status === 'created' ? (
              <a href={`#/contacts/${r.contact.id}`}>{r.name || r.contact.firstName}</a>
            ) : (
              <>
                {r.name} <span class="error">{t('import.report.notCreated', { message: r.message })}</span>
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
