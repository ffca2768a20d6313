import type { Company } from '../../shared/entities/company';
import { useI18n } from '../ui/i18n/use-i18n';

type DuplicateWarningProps = {
  companies: Company[];
  onOpen: (id: string) => void;
  /** Log a call or note on it; absent when signed out. */
  onLog?: (company: Company) => void;
};

/** Warns before a second card is made for a company that is already in the CRM. */
export function DuplicateWarning({ companies, onOpen, onLog }: DuplicateWarningProps) {
  const { t } = useI18n();
  if (companies.length === 0) return null;
  return (
    <div class="warning" role="status" data-testid="duplicate-warning">
      {companies.map((c) => (
        <p key={c.id}>
          {/* The name leads the sentence in all six languages, so it can stand apart in bold. */}
          <strong>{c.name}</strong>{' '}
          {c.orgNumber ? t('popup.duplicate.inFjordWithOrg', { orgNumber: c.orgNumber }) : t('popup.duplicate.inFjord')}{' '}
          <button type="button" class="secondary" onClick={() => onOpen(c.id)}>
            {t('popup.duplicate.openInstead')}
          </button>{' '}
          {onLog && (
            <button type="button" class="secondary" data-testid="log-on-company" onClick={() => onLog(c)}>
              {t('popup.logCallOrNote')}
            </button>
          )}
        </p>
      ))}
    </div>
  );
}
