import type { Company } from '../../shared/entities/company';

type DuplicateWarningProps = { companies: Company[]; onOpen: (id: string) => void };

/** Warns before a second card is made for a company that is already in the CRM. */
export function DuplicateWarning({ companies, onOpen }: DuplicateWarningProps) {
  if (companies.length === 0) return null;
  return (
    <div class="warning" role="status" data-testid="duplicate-warning">
      {companies.map((c) => (
        <p key={c.id}>
          <strong>{c.name}</strong> is already in Fjord{c.orgNumber ? ` (org. ${c.orgNumber})` : ''}.{' '}
          <button type="button" class="secondary" onClick={() => onOpen(c.id)}>
            Open it instead
          </button>
        </p>
      ))}
    </div>
  );
}
