import type { ApiClient } from '../../../api/api-client';
import { CompanyEditForm } from './company-edit-form';
import { companiesApi } from '../../../../shared/api/companies.api';
import { useOperation } from '../../ui/use-api';
import { useLookups } from '../../records/use-lookups';
import { useI18n } from '../../../ui/i18n/use-i18n';

type CompanyEditPageProps = { api: ApiClient; id: string | null; me: string | null; onSignedOut: () => void };

/** Loads what the form starts from: the company (unless new) and the lists its pickers offer. */
export function CompanyEditPage({ api, id, me, onSignedOut }: CompanyEditPageProps) {
  const card = useOperation(api, companiesApi.get, id ? { params: { id } } : null, onSignedOut);
  const { lookups, error } = useLookups(api, onSignedOut);
  const { t } = useI18n();
  if (card.error || error) return <p class="error">{card.error ?? error}</p>;
  if ((id && !card.data) || !lookups) return <p class="muted">{t('common.loading')}</p>;
  return <CompanyEditForm api={api} company={card.data?.company ?? null} lookups={lookups} me={me} onSignedOut={onSignedOut} />;
}
