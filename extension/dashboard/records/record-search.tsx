import { useState } from 'preact/hooks';
import { recordListApis } from '../../../shared/api/record-list-apis';
import type { Company } from '../../../shared/entities/company';
import type { Contact } from '../../../shared/entities/contact';
import type { ApiClient } from '../../api/api-client';
import { useOperation } from '../ui/use-api';
import { useDebounced } from '../ui/use-debounced';
import { useI18n } from '../../ui/i18n/use-i18n';

type RecordSearchProps = {
  api: ApiClient;
  /** What is searched: companies (name, domain, org number) or contacts (name, e-mail, phone, company). */
  entity: 'company' | 'contact';
  name: string;
  label: string;
  placeholder: string;
  /** The record already picked, marked in the results. */
  selectedId: string | null;
  /** A record that may not be picked (a company cannot be its own parent; a person already linked). */
  excludeIds?: readonly string[];
  /** What to say when nothing matches `q`. */
  noMatch: (q: string) => string;
  /** The record picked, with its name as the results showed it. */
  onPick: (id: string, name: string) => void;
  onSignedOut: () => void;
};

type Hit = { id: string; name: string; detail: string | null };

const hitOf = {
  company: (c: Company): Hit => ({ id: c.id, name: c.name, detail: c.address?.city ?? null }),
  contact: (c: Contact): Hit => ({ id: c.id, name: [c.firstName, c.lastName].filter(Boolean).join(' '), detail: c.email }),
};

/** Search-as-you-type over companies or contacts, through the list's own search; Enter or a click picks one. */
export function RecordSearch(props: RecordSearchProps) {
  const { api, entity, name, label, placeholder, selectedId, excludeIds = [], noMatch, onPick, onSignedOut } = props;
  const [query, setQuery] = useState('');
  const { t } = useI18n();
  const q = useDebounced(query.trim());
  const request = q ? { query: { limit: 8, q } } : null;
  const companies = useOperation(api, recordListApis.company.list, entity === 'company' ? request : null, onSignedOut);
  const contacts = useOperation(api, recordListApis.contact.list, entity === 'contact' ? request : null, onSignedOut);
  const results = entity === 'company' ? companies : contacts;
  const found =
    entity === 'company' ? (companies.data?.items ?? []).map(hitOf.company) : (contacts.data?.items ?? []).map(hitOf.contact);
  const hits = q && query.trim() ? found.filter((hit) => !excludeIds.includes(hit.id)) : [];
  const pick = ({ id, name }: Hit) => {
    onPick(id, name);
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
          if (hits[0]) pick(hits[0]);
        }}
      />
      {q && results.loading && <p class="muted small">{t('companies.search.searching')}</p>}
      {results.error && <p class="error small">{t('companies.search.failed', { error: results.error })}</p>}
      {hits.length > 0 && (
        <ul class="picker-results" role="listbox" aria-label={label}>
          {hits.map((hit) => (
            <li key={hit.id} role="option" aria-selected={hit.id === selectedId}>
              <button type="button" onClick={() => pick(hit)}>
                {hit.name}
                {hit.detail && <span class="muted"> · {hit.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      {q && !results.loading && results.data && hits.length === 0 && <p class="muted small">{noMatch(q)}</p>}
    </>
  );
}
