import type { Company } from '../../shared/entities/company';
import type { ApiClient } from '../api/api-client';
import { formatOrgNumber } from './company-format';
import { Pager } from './pager';
import { useApi } from './use-api';
import { usePagedSearch } from './use-paged-search';

type CompaniesPageProps = { api: ApiClient; onSignedOut: () => void };

const PAGE_SIZE = 50;

export function CompaniesPage({ api, onSignedOut }: CompaniesPageProps) {
  const search = usePagedSearch(PAGE_SIZE);
  const { data, error, loading } = useApi<{ items: Company[]; nextCursor: string | null }>(
    api,
    `/api/companies?${search.query}`,
    onSignedOut,
  );
  return (
    <section>
      <header class="content-header">
        <h1>Companies</h1>
        <span class="spacer" />
        <input
          type="search"
          name="q"
          placeholder="Search name, domain or org number"
          aria-label="Search companies"
          value={search.text}
          onInput={(e) => search.setText(e.currentTarget.value)}
        />
        <a class="button" href="#/companies/new" data-testid="new-company">
          New company
        </a>
      </header>
      {error && <p class="error">{error}</p>}
      <table class="list" data-testid="companies" aria-busy={loading}>
        <thead>
          <tr>
            <th>Name</th>
            <th>Org number</th>
            <th>Domain</th>
            <th>City</th>
            <th>Country</th>
          </tr>
        </thead>
        <tbody>
          {data?.items.map((c) => (
            <tr key={c.id} data-id={c.id}>
              <td>
                <a href={`#/companies/${c.id}`}>{c.name}</a>
              </td>
              <td>{formatOrgNumber(c.country, c.orgNumber) ?? ''}</td>
              <td>{c.domain ?? ''}</td>
              <td>{c.address?.city ?? ''}</td>
              <td>{c.country ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {data && data.items.length === 0 && (
        <p class="empty">
          {search.text
            ? 'No company matches that search.'
            : 'No companies yet: use New company, or open a company website and use the Fjord toolbar button to add it.'}
        </p>
      )}
      {data && <Pager page={search.page} nextCursor={data.nextCursor} onNext={search.next} onPrevious={search.previous} />}
    </section>
  );
}
