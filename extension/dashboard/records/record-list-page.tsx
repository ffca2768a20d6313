import type { ComponentChildren } from 'preact';
import { recordTypes, type RecordTypeName } from '../../../shared/records/record-types';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { customFieldColumns } from '../custom-fields/custom-field-columns';
import '../companies/company-list.css';
import { Pager } from '../ui/pager';
import { useOperation } from '../ui/use-api';
import { BulkActionsBar } from './bulk-actions-bar';
import './bulk-actions-bar.css';
import { cellValue } from './cell-value';
import { ColumnChooser } from './column-chooser';
import { ExportMenu, type ExtraFormat } from './export-menu';
import { FilterBar } from './filter-bar';
import { cellText, optionalColumns, visibleColumns } from './list-columns';
import { ListEmpty } from './list-empty';
import './record-list.css';
import { listTitle } from './record-list-names';
import { listQuery, listOps, type ListRow } from './record-list-ops';
import type { RecordPicker } from './record-picker';
import { RecordFilters, useRecordNames } from './record-filters';
import { SaveSelectionButton } from './save-selection-button';
import { RecordTable } from './record-table';
import { SelectAllMatching } from './select-all-matching';
import { useColumnChoice } from './use-column-choice';
import { useCursorPages } from './use-cursor-pages';
import { useListFilter } from './use-list-filter';
import { useLookups, type Lookups } from './use-lookups';
import { useSelection, type Selection } from './use-selection';

/** What a type's own parts get from the list: the lookups, and a reload after they changed records. */
export type ListContext = { lookups: Lookups | null; reload: () => void };

type RecordListPageProps = {
  api: ApiClient;
  onSignedOut: () => void;
  type: RecordTypeName;
  /** Beside "Save selection" in the header (New company, Import .vcf). */
  actions?: (list: ListContext) => ComponentChildren;
  /** Under the header (an import's preview and report). */
  panel?: (list: ListContext) => ComponentChildren;
  /** More actions on the selection in the bulk bar, run their own way (E-mail…); `query` is the list's filter. */
  bulkExtras?: (selection: Selection, query: string) => ComponentChildren;
  /** Export formats made from whole records, after Excel and CSV (vCard). */
  formats?: (lookups: Lookups) => ExtraFormat[];
  /** How the type's `record` filters pick a record of another type, by that type. */
  pickers?: Partial<Record<RecordTypeName, RecordPicker>>;
  /** What an empty, unfiltered list says to do next. */
  emptyHint: string;
};

const PAGE_SIZE = 50;

/**
 * The list of any record type, from its declaration (shared/records/): search, filters, chips
 * and sort in the URL, columns, selection up to every match, bulk actions, exports.
 */
export function RecordListPage(props: RecordListPageProps) {
  const { api, onSignedOut, type } = props;
  const { t, f } = useI18n();
  const declaration = recordTypes[type];
  const ops = listOps(type);
  const filter = useListFilter(type);
  const query = listQuery(filter.query);
  const pages = useCursorPages(filter.query);
  const list = useOperation(api, ops.list, { query: { ...query, limit: PAGE_SIZE, cursor: pages.cursor } }, onSignedOut);
  const count = useOperation(api, ops.count, { query }, onSignedOut);
  const { lookups, error: lookupsError } = useLookups(api, onSignedOut);
  const recordNames = useRecordNames(api, type, filter.params, props.pickers, onSignedOut);
  const optional = optionalColumns(type, customFieldColumns(lookups, type));
  const columnChoice = useColumnChoice(declaration.plural, optional, declaration.defaultColumns);
  const columns = visibleColumns(declaration.nameColumn, optional, columnChoice.keys);
  const selection = useSelection(filter.query);
  const items: ListRow[] = list.data?.items ?? [];
  const pageSelected = items.length > 0 && items.every((row) => selection.has(row.id));
  const nameOf = (row: ListRow) => cellText(cellValue(declaration.nameColumn, row, lookups));
  const reload = () => (list.reload(), count.reload());
  const context: ListContext = { lookups, reload };
  const matching = count.data?.count ?? null;

  return (
    <section class={`company-list record-list ${declaration.plural}-list`}>
      <header class="content-header">
        <div class="list-title">
          <h1>{listTitle(t, filter.names)}</h1>
          {matching !== null && (
            <span class="muted" data-testid="list-count">
              {f.integer(matching)} {t(declaration.name, { count: matching })}
            </span>
          )}
        </div>
        <div class="header-actions">
          <SaveSelectionButton api={api} entity={type} query={filter.query} />
          {props.actions?.(context)}
        </div>
      </header>
      {props.panel?.(context)}
      <FilterBar
        filter={filter}
        lookups={lookups}
        recordNames={recordNames}
        recordFilters={
          <RecordFilters api={api} filter={filter} pickers={props.pickers} names={recordNames} onSignedOut={onSignedOut} />
        }
      >
        <ColumnChooser columns={optional} keys={columnChoice.keys} onChange={columnChoice.setKeys} />
        {lookups && (
          <ExportMenu
            api={api}
            ops={ops}
            names={filter.names}
            query={query}
            selection={selection}
            columns={columns}
            lookups={lookups}
            formats={props.formats?.(lookups)}
          />
        )}
      </FilterBar>
      {(list.error ?? lookupsError) && <p class="error">{list.error ?? lookupsError}</p>}
      {selection.size > 0 && lookups && (
        <BulkActionsBar
          api={api}
          type={type}
          selection={selection}
          lookups={lookups}
          onFinished={reload}
          nameOf={(id) => {
            const row = items.find((r) => r.id === id);
            return row && nameOf(row);
          }}
        >
          {props.bulkExtras?.(selection, filter.query)}
        </BulkActionsBar>
      )}
      {items.length > 0 && (selection.size > 0 || pageSelected) && (
        <SelectAllMatching
          api={api}
          ops={ops}
          names={filter.names}
          query={query}
          count={matching}
          selection={selection}
          pageSelected={pageSelected}
        />
      )}
      <RecordTable
        names={filter.names}
        rows={items}
        columns={columns}
        nameOf={nameOf}
        lookups={lookups}
        sort={filter.sort}
        dir={filter.dir}
        onSort={filter.sortBy}
        selection={selection}
        loading={list.loading}
      />
      {list.data && items.length === 0 && <ListEmpty filter={filter} hint={props.emptyHint} />}
      {list.data && <Pager page={pages.page} nextCursor={list.data.nextCursor} onNext={pages.next} onPrevious={pages.previous} />}
    </section>
  );
}
