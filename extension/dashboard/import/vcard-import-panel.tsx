import { useState } from 'preact/hooks';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { ProgressBar } from '../ui/progress-bar';
import type { VCardFile } from './vcard-import-button';
import { VCardImportPreview } from './vcard-import-preview';
import { VCardImportReport } from './vcard-import-report';
import { importable } from './vcard-import-rows';
import { runImport, type ImportResult } from './vcard-import-run';

type VCardImportPanelProps = {
  api: ApiClient;
  file: VCardFile;
  /** After the run: the list reloads to show the new contacts. */
  onImported: () => void;
  onClose: () => void;
  onBusy: (busy: boolean) => void;
};

type Phase =
  { state: 'preview' } | { state: 'running'; done: number } | { state: 'done'; results: ImportResult[]; stopped: string | null };

/**
 * A read .vcf file: what will be created and which cards cannot be, then the cards created in
 * file order with progress, then what happened to each. Imported text is only rendered as text.
 */
export function VCardImportPanel({ api, file, onImported, onClose, onBusy }: VCardImportPanelProps) {
  const { t } = useI18n();
  const [phase, setPhase] = useState<Phase>({ state: 'preview' });
  const total = file.rows.filter(importable).length;

  const start = async () => {
    onBusy(true);
    setPhase({ state: 'running', done: 0 });
    const { results, stopped } = await runImport(api, file.rows, (_, done) => setPhase({ state: 'running', done }));
    setPhase({ state: 'done', results, stopped });
    onBusy(false);
    onImported();
  };

  if (phase.state === 'preview') {
    return <VCardImportPreview file={file} onStart={() => void start()} onCancel={onClose} />;
  }
  if (phase.state === 'running') {
    return (
      <div class="import-panel" data-testid="vcard-progress">
        <ProgressBar label={t('import.progress', { file: file.name })} done={phase.done} total={total} />
      </div>
    );
  }
  return <VCardImportReport file={file} results={phase.results} stopped={phase.stopped} onClose={onClose} />;
}
