import { useState } from 'preact/hooks';
import { recordListApis } from '../../../../shared/api/record-list-apis';
import type { ApiClient } from '../../../api/api-client';
import { useOperation } from '../../ui/use-api';
import { useDebounced } from '../../ui/use-debounced';
import { useI18n } from '../../../ui/i18n/use-i18n';

type CompanySearchProps = {
  api: ApiClient;
  name: string;
  label: string;
  placeholder: string;
  /** The company already picked, marked in the results. */
  selectedId: string | null;
  /** A company that may not be picked (a company cannot be its own parent). */
  excludeId?: string | null;
  /** What to say when nothing matches `q`. */
  noMatch: (q: string) => string;
  onPick: (id: string) => void;
  onSignedOut: () => void;
};

/** Search-as-you-type over the companies (name, domain, org number); Enter or a click picks one. */
export function CompanySearch({
  api,
  name,
  label,
  placeholder,
  selectedId,
  excludeId,
  noMatch,
  onPick,
  onSignedOut,
}: CompanySearchProps) {
  const [query, setQuery] = useState('');
  const { t } = useI18n();
  const q = useDebounced(query.trim());
  const results = useOperation(api, recordListApis.company.list, q ? { query: { limit: 8, q } } : null, onSignedOut);
  const hits = q && query.trim() ? (results.data?.items ?? []).filter((c) => c.id !== excludeId) : [];
  const pick = (id: string) => {
    onPick(id);
    setQuery('');
  };
  return (
    <>
      <input
        type="search"
        name={name}
        aria-label={label}
        placeholder={placeholder}
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (hits[0]) pick(hits[0].id);
        }}
      />
      {q && results.loading && <p class="muted small">{t('companies.search.searching')}</p>}
      {results.error && <p class="error small">{t('companies.search.failed', { error: results.error })}</p>}
      {hits.length > 0 && (
        <ul class="picker-results" role="listbox" aria-label={t('common.companies')}>
          {hits.map((company) => (
            <li key={company.id} role="option" aria-selected={company.id === selectedId}>
              <button type="button" onClick={() => pick(company.id)}>
                {company.name}
                {company.address?.city && <span class="muted"> · {company.address.city}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {q && !results.loading && results.data && hits.length === 0 && <p class="muted small">{noMatch(q)}</p>}
    </>
  );
}
