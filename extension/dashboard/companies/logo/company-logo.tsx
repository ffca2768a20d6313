import { useState } from 'preact/hooks';
import type { Company } from '../../../../shared/entities/company';
import { blobsApi } from '../../../../shared/api/blobs.api';
import type { ApiClient } from '../../../api/api-client';
import { CompanyLogoImage } from './company-logo-image';
import { CompanyLogoImportNote } from './company-logo-import';
import { LOGO_TYPES, logoFileProblem } from './company-logo-source';
import { useI18n } from '../../../ui/i18n/use-i18n';
import './company-logo.css';

type CompanyLogoProps = { api: ApiClient; company: Company; onChanged: () => void };

/** The card's logo with "Upload logo" (checked here for type and size, then PUT as the raw file) and "Remove logo". */
export function CompanyLogo({ api, company, onChanged }: CompanyLogoProps) {
  const [busy, setBusy] = useState<'upload' | 'remove' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useI18n();

  const run = async (kind: 'upload' | 'remove', request: () => Promise<unknown>) => {
    setBusy(kind);
    setError(null);
    try {
      await request();
      onChanged();
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(null);
    }
  };

  const onFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const problem = logoFileProblem(file);
    if (problem) setError(problem);
    else void run('upload', () => api.callRaw(blobsApi.uploadLogo, { params: { id: company.id } }, file));
  };

  return (
    <div class="company-logo" data-testid="company-logo">
      <CompanyLogoImage api={api} logoUrl={company.logoUrl} name={company.name} />
      <div class="logo-actions">
        <label class={busy ? 'logo-upload disabled' : 'logo-upload'}>
          {busy === 'upload' ? t('companies.logo.uploading') : t('companies.logo.upload')}
          <input
            type="file"
            name="logo"
            class="visually-hidden"
            accept={LOGO_TYPES.join(',')}
            disabled={busy !== null}
            onChange={(e) => onFile(e.currentTarget)}
          />
        </label>
        {company.logoUrl && (
          <button
            type="button"
            class="link danger-link"
            disabled={busy !== null}
            onClick={() => void run('remove', () => api.call(blobsApi.removeLogo, { params: { id: company.id } }))}
            data-testid="remove-logo"
          >
            {busy === 'remove' ? t('companies.logo.removing') : t('companies.logo.remove')}
          </button>
        )}
      </div>
      <CompanyLogoImportNote api={api} company={company} onImported={onChanged} />
      {error && (
        <p class="error small" role="alert" data-testid="logo-error">
          {error}
        </p>
      )}
    </div>
  );
}
