import { useI18n } from '../../ui/i18n/use-i18n';
import type { VCardFile } from './vcard-import-button';
import { importable } from './vcard-import-rows';

type VCardImportPreviewProps = { file: VCardFile; onStart: () => void; onCancel: () => void };

/** Before anything is created: how many contacts the file holds, and each card that cannot be imported and why. */
export function VCardImportPreview({ file, onStart, onCancel }: VCardImportPreviewProps) {
  const { t } = useI18n();
  const ready = file.rows.filter(importable);
  const refused = file.rows.filter((r) => r.problem);
  const partial = ready.filter((r) => r.leftOut.length > 0);
  const linked = ready.filter((r) => r.company);
  return (
    <div class="import-panel" data-testid="vcard-preview">
      <p>
        <strong data-testid="vcard-ready">{t('import.preview.ready', { count: ready.length })}</strong>{' '}
        {t('import.preview.from', { file: file.name })}
        {refused.length > 0 && `; ${t('import.preview.refused', { count: refused.length })}`}
      </p>
      {refused.length > 0 && (
        <ul class="import-problems" data-testid="vcard-problems">
          {refused.map((r) => (
            <li key={r.card} data-card={r.card}>
              {r.name ? t('import.cardNamed', { card: r.card, name: r.name }) : t('import.card', { card: r.card })}: {r.problem}
            </li>
          ))}
        </ul>
      )}
      {linked.length > 0 && (
        <details class="muted small" data-testid="vcard-linked">
          <summary>{t('import.preview.linked', { count: linked.length })}</summary>
          <ul>
            {linked.map((r) => (
              <li key={r.card}>
                {t('import.cardNamed', { card: r.card, name: r.name })}:{' '}
                {r.company!.position
                  ? t('import.linkedAs', { company: r.company!.name, position: r.company!.position })
                  : r.company!.name}
              </li>
            ))}
          </ul>
        </details>
      )}
      {partial.length > 0 && (
        <details class="muted small">
          <summary>{t('import.preview.partial', { count: partial.length })}</summary>
          <ul>
            {partial.map((r) => (
              <li key={r.card}>
                {t('import.cardNamed', { card: r.card, name: r.name })}: {r.leftOut.join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="import-actions">
        <button type="button" data-testid="vcard-import-start" disabled={ready.length === 0} onClick={onStart}>
          {t('import.preview.start', { count: ready.length })}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
