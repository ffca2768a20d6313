import { useEffect, useState } from 'preact/hooks';
import type { Company } from '../../../../shared/entities/company';
import type { LogoImportStatus } from '../../../../shared/images/logo-import-status';
import { blobsApi } from '../../../../shared/api/blobs.api';
import type { ApiClient } from '../../../api/api-client';
import { useI18n } from '../../../ui/i18n/use-i18n';

type CompanyLogoImportNoteProps = { api: ApiClient; company: Company; onImported: () => void };

const POLL_MS = 1_000;

/**
 * What became of a logo given as a web address: the server fetches it after the save, so the card
 * says it is on its way (and reloads when it is stored) or why it was refused. An outcome older than
 * the company's last change (a logo uploaded since, say) is not shown.
 */
export function CompanyLogoImportNote({ api, company, onImported }: CompanyLogoImportNoteProps) {
  const [status, setStatus] = useState<LogoImportStatus | null>(null);
  const { t } = useI18n();
  useEffect(() => {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () =>
      api
        .call(blobsApi.logoImport, { params: { id: company.id } }, controller.signal)
        .then(({ import: found }) => {
          setStatus(found);
          if (found?.state === 'pending') timer = setTimeout(check, POLL_MS);
          // The card still shows what it had before the import stored its copy: reload it (once: then they match).
          else if (found?.state === 'imported' && found.logoUrl !== company.logoUrl && found.at >= company.updatedAt)
            onImported();
        })
        .catch(() => setStatus(null));
    void check();
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
    // Every reload of the card checks again: a save that only gave a logo address changes no timestamp.
  }, [api, company]);

  if (!status || (status.state !== 'pending' && status.at < company.updatedAt)) return null;
  if (status.state === 'pending') {
    return (
      <p class="muted small" role="status" data-testid="logo-import">
        {t('companies.logo.fetching', { host: hostOf(status.url) })}
      </p>
    );
  }
  if (status.state !== 'refused') return null;
  return (
    <p class="error small" role="alert" data-testid="logo-import">
      {t('companies.logo.refused', { host: hostOf(status.url), reason: status.reason })}
    </p>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
