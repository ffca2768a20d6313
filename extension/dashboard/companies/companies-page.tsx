import type { Company } from '../../../shared/entities/company';
import type { ApiClient } from '../../api/api-client';
import { BULK_KINDS } from '../records/bulk-action-kinds';
import { BulkActionsBar } from '../records/bulk-actions-bar';
import '../records/bulk-actions-bar.css';
import { ColumnChooser } from '../records/column-chooser';
import { DEFAULT_COLUMNS, OPTIONAL_COLUMNS, visibleColumns } from './company-columns';
import { customFieldColumns } from '../custom-fields/custom-field-columns';
import { COMPANY_FILTERS, type SortKey } from './company-list-query';
import './company-list.css';
import { ExportMenu } from '../records/export-menu';
import { FilterBar } from '../records/filter-bar';
import { COMPANY_LIST } from '../settings/list-resource';
import { MailSelectionButton } from '../mail/mail-selection-button';
import { Pager } from '../ui/pager';
import { SaveSelectionButton } from '../records/save-selection-button';
import { RecordTable } from '../records/record-table';
import { SelectAllMatching } from '../records/select-all-matching';
import { useApi } from '../ui/use-api';
import { useColumnChoice } from '../records/use-column-choice';
import { useCursorPages } from '../records/use-cursor-pages';
import { useListFilter } from '../records/use-list-filter';
import { useLookups } from '../records/use-lookups';
import { useSelection } from '../records/use-selection';

type CompaniesPageProps = { api: ApiClient; onSignedOut: () => void };

const PAGE_SIZE = 50;

export function CompaniesPage({ api, onSignedOut }: CompaniesPageProps) {
  const filter = useListFilter<SortKey>(COMPANY_FILTERS);
  const pages = useCursorPages(filter.query, PAGE_SIZE);
  const list = useApi<{ items: Company[]; nextCursor: string | null }>(api, `/api/companies?${pages.query}`, onSignedOut);
  const { lookups, error: lookupsError } = useLookups(api, onSignedOut);
  const columnChoice = useColumnChoice('companies', OPTIONAL_COLUMNS, DEFAULT_COLUMNS);
  const fieldColumns = customFieldColumns<Company, SortKey>(lookups, 'company');
  const columns = visibleColumns(columnChoice.keys, fieldColumns);
  const selection = useSelection(filter.query);
  const items = list.data?.items ?? [];
  const pageSelected = items.length > 0 && items.every((c) => selection.has(c.id));

  return (
    <section class="company-list">
      <header class="content-header">
        <h1>Companies</h1>
        <SaveSelectionButton api={api} entity="company" query={filter.query} />
        <a class="button" href="#/companies/new" data-testid="new-company">
          New company
        </a>
      </header>
      <FilterBar filter={filter} lookups={lookups} searchHint="Search name, domain or org number">
        <ColumnChooser
          columns={[...OPTIONAL_COLUMNS, ...fieldColumns]}
          keys={columnChoice.keys}
          onChange={columnChoice.setKeys}
        />
        {lookups && (
          <ExportMenu
            api={api}
            resource={COMPANY_LIST}
            query={filter.query}
            selection={selection}
            columns={columns}
            lookups={lookups}
          />
        )}
      </FilterBar>
      {(list.error ?? lookupsError) && <p class="error">{list.error ?? lookupsError}</p>}
      {selection.size > 0 && lookups && (
        <BulkActionsBar
          api={api}
          spec={COMPANY_FILTERS}
          kinds={BULK_KINDS}
          selection={selection}
          lookups={lookups}
          onFinished={list.reload}
          nameOf={(id) => items.find((c) => c.id === id)?.name}
        >
          <MailSelectionButton api={api} selection={selection} query={filter.query} />
        </BulkActionsBar>
      )}
      {items.length > 0 && (selection.size > 0 || pageSelected) && (
        <SelectAllMatching
          api={api}
          resource={COMPANY_LIST}
          query={filter.query}
          selection={selection}
          pageSelected={pageSelected}
        />
      )}
      <RecordTable
        resource={COMPANY_LIST}
        rows={items}
        columns={columns}
        nameOf={(c) => c.name}
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
