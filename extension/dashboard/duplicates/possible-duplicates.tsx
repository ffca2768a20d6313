import { companiesApi } from '../../../shared/api/companies.api';
import { duplicatesApi } from '../../../shared/api/duplicates.api';
import { operationUrl, type ApiClient } from '../../api/api-client';
import { useApi } from '../ui/use-api';
import { reasonsText } from './duplicate-reasons';

type Match = { id: string; name: string; reasons: string[] };
type PossibleDuplicatesProps = {
  api: ApiClient;
  entity: 'company' | 'contact';
  probe: Record<string, string | null | undefined>;
  id: string;
};

/** Existing records that look like this one, each with a link to merge it in. Quiet when there are none. */
export function PossibleDuplicates({ api, entity, probe, id }: PossibleDuplicatesProps) {
  const given: Record<string, string> = {};
  for (const [key, value] of Object.entries(probe)) if (value) given[key] = value;
  const path =
    entity === 'company'
      ? operationUrl(companiesApi.duplicates, { query: { ...given, excludeId: id } })
      : operationUrl(duplicatesApi.contact, { query: { ...given, excludeId: id } });
  const { data } = useApi<{ matches: Record<string, unknown>[] }>(api, path, () => undefined);
  const matches: Match[] = (data?.matches ?? []).map((m) => {
    const record = (m.company ?? m.contact) as Record<string, string | null>;
    const name = entity === 'company' ? String(record.name) : [record.firstName, record.lastName].filter(Boolean).join(' ');
    return { id: String(record.id), name, reasons: m.reasons as string[] };
  });
  if (matches.length === 0) return null;
  const base = entity === 'company' ? '#/companies' : '#/contacts';
  return (
    <div class="notice duplicate-notice" role="status" data-testid="possible-duplicates">
      <strong>This may be a duplicate of:</strong>
      <ul>
        {matches.map((m) => (
          <li key={m.id}>
            <a href={`${base}/${m.id}`}>{m.name}</a> ({reasonsText(m.reasons)}){' '}
            <a class="button secondary small-button" href={`#/merge/${entity}/${id}/${m.id}`}>
              Merge…
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
