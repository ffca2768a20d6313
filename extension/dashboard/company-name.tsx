import type { ApiClient } from '../api/api-client';
import { useApi } from './use-api';
import { DELETED } from './use-lookups';

type CompanyNameProps = {
  api: ApiClient;
  id: string;
  onSignedOut: () => void;
  /** Text only: inside a form a link would leave the unsaved edits behind. */
  plain?: boolean;
};

/** Another company by name; records only hold its id. */
export function CompanyName({ api, id, onSignedOut, plain }: CompanyNameProps) {
  const { data, status, error } = useApi<{ company: { name: string } }>(api, `/api/companies/${id}`, onSignedOut);
  if (status === 404) return <span class="deleted">{DELETED}</span>;
  if (error) return <span class="error">{error}</span>;
  if (!data) return <span class="muted">…</span>;
  return plain ? <strong>{data.company.name}</strong> : <a href={`#/companies/${id}`}>{data.company.name}</a>;
}
