import { useEffect, useState } from 'preact/hooks';
import type { ApiClient } from '../../../api/api-client';
import { blobsApi } from '../../../../shared/api/blobs.api';
import { isLogoContentType } from '../../../../shared/images/logo-types';
import { initialsOf } from '../../../ui/initials';
import { storedLogoKey } from './company-logo-source';
import { currentI18n, useI18n } from '../../../ui/i18n/use-i18n';

type CompanyLogoImageProps = { api: ApiClient; logoUrl: string | null; name: string };

/** The stored logo, fetched with the token, or the company's initials; never an address on another site. */
export function CompanyLogoImage({ api, logoUrl, name }: CompanyLogoImageProps) {
  const stored = useStoredLogo(api, storedLogoKey(logoUrl));
  const { t } = useI18n();
  if (!stored.objectUrl) {
    const title = stored.error ? t('companies.logo.loadFailed', { error: stored.error }) : undefined;
    return (
      <div class="logo placeholder" title={title} aria-hidden="true" data-testid="company-logo-missing">
        {initialsOf(name)}
      </div>
    );
  }
  return <img class="logo" src={stored.objectUrl} alt={t('companies.logo.alt', { name })} data-testid="company-logo-img" />;
}

/** GETs an uploaded logo with the session's token and keeps an object URL to it, revoked when it changes. */
function useStoredLogo(api: ApiClient, key: string | null) {
  const [state, setState] = useState<{ objectUrl: string | null; error: string | null }>({ objectUrl: null, error: null });
  useEffect(() => {
    if (!key) return;
    const controller = new AbortController();
    let objectUrl: string | null = null;
    api
      .callRaw(blobsApi.get, { params: { key } }, undefined, controller.signal)
      .then((response) => response.blob())
      .then((blob) => {
        if (controller.signal.aborted) return;
        // The server serves only these; anything else is not put into an <img>.
        if (!isLogoContentType(blob.type)) {
          const { t } = currentI18n();
          throw new Error(t('companies.logo.notAnImage', { type: blob.type || t('companies.logo.untyped') }));
        }
        objectUrl = URL.createObjectURL(blob);
        setState({ objectUrl, error: null });
      })
      .catch((err: unknown) => {
        if ((err as Error).name !== 'AbortError') setState({ objectUrl: null, error: (err as Error).message });
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
      setState({ objectUrl: null, error: null });
    };
  }, [api, key]);
  return state;
}
