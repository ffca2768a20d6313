import { useState } from 'preact/hooks';
import type { Company } from '../../shared/entities/company';
import type { ApiClient } from '../api/api-client';
import { useApi } from './use-api';
import { useDebounced } from './use-debounced';

type ContactCompanyFilterProps = {
  api: ApiClient;
  value: string | null;
  /** The picked company's name, once the list knows it. */
  name: string | null;
  onChange: (companyId: string | null) => void;
  onSignedOut: () => void;
};

/** "Works at": finds a company through the companies search and narrows the contacts to its people. */
export function ContactCompanyFilter({ api, value, name, onChange, onSignedOut }: ContactCompanyFilterProps) {
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim());
  const results = useApi<{ items: Company[] }>(api, q ? `/api/companies?limit=8&q=${encodeURIComponent(q)}` : null, onSignedOut);
  const hits = q && query.trim() ? (results.data?.items ?? []) : [];
  const pick = (id: string) => {
    onChange(id);
    setQuery('');
  };
  return (
    <fieldset class="filter-group picker" data-testid="filter-company">
      <legend>Works at</legend>
      {value && (
        <div class="picked">
          <strong>{name ?? '…'}</strong>{' '}
          <button type="button" class="link" onClick={() => onChange(null)}>
            Any company
          </button>
        </div>
      )}
      <input
        type="search"
        name="filter-company"
        aria-label="Search for a company the contact works at"
        placeholder="Search company name, domain or org number"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (hits[0]) pick(hits[0].id);
        }}
      />
      {results.error && <p class="error small">Search failed: {results.error}</p>}
      {hits.length > 0 && (
        <ul class="picker-results" role="listbox" aria-label="Companies">
          {hits.map((company) => (
            <li key={company.id} role="option" aria-selected={company.id === value}>
              <button type="button" onClick={() => pick(company.id)}>
                {company.name}
                {company.address?.city && <span class="muted"> · {company.address.city}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {q && !results.loading && results.data && hits.length === 0 && <p class="muted small">No company matches "{q}".</p>}
    </fieldset>
  );
}
