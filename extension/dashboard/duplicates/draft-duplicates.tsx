import type { ApiClient } from '../../api/api-client';
import { useApi } from '../ui/use-api';
import { useDebounced } from '../ui/use-debounced';
import { reasonsText } from './duplicate-reasons';

type Match = { company: { id: string; name: string }; reasons: string[] };
type DraftDuplicatesProps = { api: ApiClient; probe: { name: string; orgNumber: string; website: string; email: string } };

/** While a new company is typed in: the existing ones it may duplicate, offered instead of a second record. */
export function DraftDuplicates({ api, probe }: DraftDuplicatesProps) {
  const settled = useDebounced(probe, 300);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(settled)) if (value.trim()) query.set(key, value.trim());
  const { data } = useApi<{ matches: Match[] }>(
    api,
    query.size > 0 ? `/api/companies/duplicates?${query}` : null,
    () => undefined,
  );
  const matches = query.size > 0 ? (data?.matches ?? []) : [];
  if (matches.length === 0) return null;
  return (
    <div class="notice duplicate-notice" role="alert" data-testid="duplicate-warning">
      <strong>This company may already be here:</strong>
      <ul>
        {matches.map((m) => (
          <li key={m.company.id}>
            <a href={`#/companies/${m.company.id}`}>{m.company.name}</a> ({reasonsText(m.reasons)})
          </li>
        ))}
      </ul>
      <span class="muted small">Open it instead, or save to create a new one (you can merge them later).</span>
    </div>
  );
}
