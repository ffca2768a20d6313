import type { Company } from '../../shared/entities/company';
import { cellText, type CompanyColumn } from './company-columns';
import type { SortKey } from './company-list-query';
import { SortHeader } from './sort-header';
import type { Lookups } from './use-lookups';
import type { Selection } from './use-selection';

type CompanyTableProps = {
  companies: Company[];
  columns: CompanyColumn[];
  lookups: Lookups | null;
  sort: SortKey;
  dir: 'asc' | 'desc';
  onSort: (key: SortKey) => void;
  selection: Selection;
  loading: boolean;
};

export function CompanyTable({ companies, columns, lookups, sort, dir, onSort, selection, loading }: CompanyTableProps) {
  const pageIds = companies.map((c) => c.id);
  const pageSelected = pageIds.length > 0 && pageIds.every(selection.has);
  const [name, ...rest] = columns;
  return (
    <div class="table-scroll">
      <table class="list company-table" data-testid="companies" aria-busy={loading}>
        <thead>
          <tr>
            <SortHeader label={name!.label} sortKey={name!.sort} sort={sort} dir={dir} onSort={onSort} class="name-col">
              <input
                type="checkbox"
                name="select-page"
                aria-label="Select every company on this page"
                checked={pageSelected}
                onChange={() => selection.setMany(pageIds, !pageSelected)}
              />
            </SortHeader>
            {rest.map((column) => (
              <SortHeader
                key={column.key}
                label={column.label}
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
          {companies.map((c) => (
            <tr key={c.id} data-id={c.id} class={selection.has(c.id) ? 'selected' : ''}>
              {/* The checkbox shares the name cell, so the first cell still reads as the company's name. */}
              <td class="name-col">
                <input
                  type="checkbox"
                  name="select"
                  aria-label={`Select ${c.name}`}
                  checked={selection.has(c.id)}
                  onChange={() => selection.toggle(c.id)}
                />
                <a href={`#/companies/${c.id}`}>{c.name}</a>
              </td>
              {rest.map((column) => (
                <td key={column.key} data-column={column.key} class={column.numeric ? 'number' : undefined}>
                  {lookups ? cellText(column.value(c, lookups)) : ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
