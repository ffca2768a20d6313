import type { Company } from '../../shared/entities/company';

type DuplicateWarningProps = {
  companies: Company[];
  onOpen: (id: string) => void;
  /** Log a call or note on it; absent when signed out. */
  onLog?: (company: Company) => void;
};

/** Warns before a second card is made for a company that is already in the CRM. */
export function DuplicateWarning({ companies, onOpen, onLog }: DuplicateWarningProps) {
  if (companies.length === 0) return null;
  return (
    <div class="warning" role="status" data-testid="duplicate-warning">
      {companies.map((c) => (
        <p key={c.id}>
          <strong>{c.name}</strong> is already in Fjord{c.orgNumber ? ` (org. ${c.orgNumber})` : ''}.{' '}
          <button type="button" class="secondary" onClick={() => onOpen(c.id)}>
            Open it instead
          </button>{' '}
          {onLog && (
            <button type="button" class="secondary" data-testid="log-on-company" onClick={() => onLog(c)}>
              Log call or note
            </button>
          )}
        </p>
      ))}
    </div>
  );
}
