import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { companiesApi } from '../../../shared/api/companies.api';
import { useOperation } from '../ui/use-api';
import { useDebounced } from '../ui/use-debounced';
import { reasonsText } from './duplicate-reasons';

type DraftDuplicatesProps = { api: ApiClient; probe: { name: string; orgNumber: string; website: string; email: string } };

/** While a new company is typed in: the existing ones it may duplicate, offered instead of a second record. */
export function DraftDuplicates({ api, probe }: DraftDuplicatesProps) {
  const { t } = useI18n();
  const settled = useDebounced(probe, 300);
  const query: Record<string, string> = {};
  for (const [key, value] of Object.entries(settled)) if (value.trim()) query[key] = value.trim();
  const asked = Object.keys(query).length > 0;
  const { data } = useOperation(api, companiesApi.duplicates, asked ? { query } : null, () => undefined);
  const matches = asked ? (data?.matches ?? []) : [];
  if (matches.length === 0) return null;
  return (
    <div class="notice duplicate-notice" role="alert" data-testid="duplicate-warning">
      <strong>{t('duplicates.draft.title')}</strong>
      <ul>
        {matches.map((m) => (
          <li key={m.company.id}>
            <a href={`#/companies/${m.company.id}`}>{m.company.name}</a> ({reasonsText(m.reasons)})
          </li>
        ))}
      </ul>
      <span class="muted small">{t('duplicates.draft.hint')}</span>
    </div>
  );
}
