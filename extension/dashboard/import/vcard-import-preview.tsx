import type { VCardFile } from './vcard-import-button';
import { importable } from './vcard-import-rows';

type VCardImportPreviewProps = { file: VCardFile; onStart: () => void; onCancel: () => void };

/** Before anything is created: how many contacts the file holds, and each card that cannot be imported and why. */
export function VCardImportPreview({ file, onStart, onCancel }: VCardImportPreviewProps) {
  const ready = file.rows.filter(importable);
  const refused = file.rows.filter((r) => r.problem);
  const partial = ready.filter((r) => r.leftOut.length > 0);
  return (
    <div class="import-panel" data-testid="vcard-preview">
      <p>
        <strong data-testid="vcard-ready">
          {ready.length.toLocaleString('en')} {ready.length === 1 ? 'contact' : 'contacts'} to import
        </strong>{' '}
        from {file.name}
        {refused.length > 0 && `; ${refused.length.toLocaleString('en')} ${refused.length === 1 ? 'card' : 'cards'} cannot be:`}
      </p>
      {refused.length > 0 && (
        <ul class="import-problems" data-testid="vcard-problems">
          {refused.map((r) => (
            <li key={r.card} data-card={r.card}>
              Card {r.card}
              {r.name && ` (${r.name})`}: {r.problem}
            </li>
          ))}
        </ul>
      )}
      {partial.length > 0 && (
        <details class="muted small">
          <summary>
            {partial.length.toLocaleString('en')} imported without some details (fields the CRM has no place for yet)
          </summary>
          <ul>
            {partial.map((r) => (
              <li key={r.card}>
                Card {r.card} ({r.name}): {r.leftOut.join('; ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div class="import-actions">
        <button type="button" data-testid="vcard-import-start" disabled={ready.length === 0} onClick={onStart}>
          Import {ready.length.toLocaleString('en')} {ready.length === 1 ? 'contact' : 'contacts'}
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
