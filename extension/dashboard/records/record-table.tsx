import { useI18n } from '../../ui/i18n/use-i18n';
import { cellValue } from './cell-value';
import { cellText, columnLabel, type ListColumn } from './list-columns';
import { nameValues, type ListNames } from './record-list-names';
import type { ListRow } from './record-list-ops';
import { SortHeader } from './sort-header';
import type { Lookups } from './use-lookups';
import type { Selection } from './use-selection';

type RecordTableProps = {
  names: ListNames;
  rows: ListRow[];
  /** The first column is the name: a link to the record's card, with its checkbox. */
  columns: ListColumn[];
  nameOf: (row: ListRow) => string;
  lookups: Lookups | null;
  sort: string;
  dir: 'asc' | 'desc';
  onSort: (key: string) => void;
  selection: Selection;
  loading: boolean;
};

/** A page of companies or contacts with sortable headers and a checkbox per row. */
export function RecordTable(props: RecordTableProps) {
  const { names, rows, columns, nameOf, lookups, sort, dir, onSort, selection, loading } = props;
  const { t } = useI18n();
  const pageIds = rows.map((r) => r.id);
  const pageSelected = pageIds.length > 0 && pageIds.every(selection.has);
  const [name, ...rest] = columns;
  return (
    <div class="table-scroll">
      <table class="list company-table" data-testid={names.page} aria-busy={loading}>
        <thead>
          <tr>
            <SortHeader label={columnLabel(t, name!)} sortKey={name!.sort} sort={sort} dir={dir} onSort={onSort} class="name-col">
              <input
                type="checkbox"
                name="select-page"
                aria-label={t('records.list.selectPage', nameValues(t, names))}
                checked={pageSelected}
                onChange={() => selection.setMany(pageIds, !pageSelected)}
              />
            </SortHeader>
            {rest.map((column) => (
              <SortHeader
                key={column.key}
                label={columnLabel(t, column)}
                sortKey={column.sort}
                sort={sort}
                dir={dir}
                onSort={onSort}
                class={column.numeric ? 'number' : undefined}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-id={row.id} class={selection.has(row.id) ? 'selected' : ''}>
              {/* The checkbox shares the name cell, so the first cell still reads as the record's name. */}
              <td class="name-col">
                <input
                  type="checkbox"
                  name="select"
                  aria-label={t('records.list.selectRow', { name: nameOf(row) })}
                  checked={selection.has(row.id)}
                  onChange={() => selection.toggle(row.id)}
                />
                <a href={`${names.route}/${row.id}`}>{nameOf(row)}</a>
              </td>
              {rest.map((column) => (
                <td key={column.key} data-column={column.key} class={column.numeric ? 'number' : undefined}>
                  {lookups ? cellText(cellValue(column, row, lookups)) : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
