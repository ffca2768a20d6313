import type { Company } from '../../shared/entities/company';
import type { ApiClient } from '../api/api-client';
import { BulkActionsBar } from './bulk-actions-bar';
import './bulk-actions-bar.css';
import { ColumnChooser } from './column-chooser';
import { visibleColumns } from './company-columns';
import { CompanyFilterBar } from './company-filter-bar';
import './company-list.css';
import { CompanyTable } from './company-table';
import { ExportMenu } from './export-menu';
import { Pager } from './pager';
import { SelectAllMatching } from './select-all-matching';
import { useApi } from './use-api';
import { useColumnChoice } from './use-column-choice';
import { useCompanyFilter } from './use-company-filter';
import { useCursorPages } from './use-cursor-pages';
import { useLookups } from './use-lookups';
import { useSelection } from './use-selection';

type CompaniesPageProps = { api: ApiClient; onSignedOut: () => void };

const PAGE_SIZE = 50;

export function CompaniesPage({ api, onSignedOut }: CompaniesPageProps) {
  const filter = useCompanyFilter();
  const pages = useCursorPages(filter.query, PAGE_SIZE);
  const list = useApi<{ items: Company[]; nextCursor: string | null }>(api, `/api/companies?${pages.query}`, onSignedOut);
  const { lookups, error: lookupsError } = useLookups(api, onSignedOut);
  const columnChoice = useColumnChoice();
  const columns = visibleColumns(columnChoice.keys);
  const selection = useSelection(filter.query);
  const items = list.data?.items ?? [];
  const pageSelected = items.length > 0 && items.every((c) => selection.has(c.id));

  return (
    <section class="company-list">
      <header class="content-header">
        <h1>Companies</h1>
        <a class="button" href="#/companies/new" data-testid="new-company">
          New company
        </a>
      </header>
      <CompanyFilterBar filter={filter} lookups={lookups}>
        <ColumnChooser keys={columnChoice.keys} onChange={columnChoice.setKeys} />
        {lookups && <ExportMenu api={api} query={filter.query} selection={selection} columns={columns} lookups={lookups} />}
      </CompanyFilterBar>
      {(list.error ?? lookupsError) && <p class="error">{list.error ?? lookupsError}</p>}
      {selection.size > 0 && lookups && (
        <BulkActionsBar
          api={api}
          selection={selection}
          lookups={lookups}
          onFinished={list.reload}
          nameOf={(id) => items.find((c) => c.id === id)?.name}
        />
      )}
      {items.length > 0 && (selection.size > 0 || pageSelected) && (
        <SelectAllMatching api={api} query={filter.query} selection={selection} pageSelected={pageSelected} />
      )}
      <CompanyTable
        companies={items}
        columns={columns}
        lookups={lookups}
        sort={filter.sort}
        dir={filter.dir}
        onSort={filter.sortBy}
        selection={selection}
        loading={list.loading}
      />
      {list.data && items.length === 0 && (
        <p class="empty">
          {filter.activeCount > 0 || filter.params.has('q') ? (
            <>
              No company matches these filters.{' '}
              <a href="#/companies" data-testid="reset-list">
                Show all companies
              </a>{' '}
              or widen the search.
            </>
          ) : (
            'No companies yet: use New company, or open a company website and use the Fjord toolbar button to add it.'
          )}
        </p>
      )}
      {list.data && <Pager page={pages.page} nextCursor={list.data.nextCursor} onNext={pages.next} onPrevious={pages.previous} />}
    </section>
  );
}
