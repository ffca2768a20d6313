import type { ApiClient } from '../../api/api-client';
import { companiesApi } from '../../../shared/api/companies.api';
import { useOperation } from '../ui/use-api';
import { deletedName } from '../records/use-lookups';

type CompanyNameProps = { api: ApiClient; id: string; onSignedOut: () => void };

/**
 * Another company by name, as text: used inside the edit form, where a link would leave the
 * unsaved edits behind (the card gets names with its own response).
 */
export function CompanyName({ api, id, onSignedOut }: CompanyNameProps) {
  const { data, status, error } = useOperation(api, companiesApi.get, { params: { id } }, onSignedOut);
  if (status === 404) return <span class="deleted">{deletedName()}</span>;
  if (error) return <span class="error">{error}</span>;
  if (!data) return <span class="muted">…</span>;
  return <strong>{data.company.name}</strong>;
}
