import { useState } from 'preact/hooks';
import type { Company } from '../../shared/entities/company';
import type { ApiClient } from '../api/api-client';
import { CompanyName } from './company-name';
import { useApi } from './use-api';
import { useDebounced } from './use-debounced';

type ParentPickerProps = {
  api: ApiClient;
  /** The company being edited: it cannot be its own parent. */
  selfId: string | null;
  value: string;
  onChange: (id: string) => void;
  onSignedOut: () => void;
};

/** Finds the parent company by name, domain or org number through the companies search. */
export function ParentPicker({ api, selfId, value, onChange, onSignedOut }: ParentPickerProps) {
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim());
  const results = useApi<{ items: Company[] }>(api, q ? `/api/companies?limit=8&q=${encodeURIComponent(q)}` : null, onSignedOut);
  const hits = q && query.trim() ? (results.data?.items ?? []).filter((c) => c.id !== selfId) : [];
  const pick = (id: string) => {
    onChange(id);
    setQuery('');
  };
  return (
    <div class="picker" data-testid="parent-picker">
      {value ? (
        <div class="picked">
          <CompanyName api={api} id={value} onSignedOut={onSignedOut} />
          <button type="button" class="link" onClick={() => onChange('')}>
            Clear
          </button>
        </div>
      ) : (
        <div class="picked muted">None: a top-level company</div>
      )}
      <input
        type="search"
        name="parentSearch"
        aria-label="Search for the parent company"
        placeholder="Search name, domain or org number"
        value={query}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key !== 'Enter') return;
          e.preventDefault();
          if (hits[0]) pick(hits[0].id);
        }}
      />
      {q && results.loading && <p class="muted small">Searching…</p>}
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
      {q && !results.loading && results.data && hits.length === 0 && (
        <p class="muted small">No other company matches "{q}": create the parent first, then pick it here.</p>
      )}
    </div>
  );
}
