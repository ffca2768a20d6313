import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { FilterChips } from './filter-chips';
import { FilterMenu } from './filter-menu';
import { SearchInput } from '../ui/search-input';
import type { ListFilterState } from './use-list-filter';
import type { Lookups } from './use-lookups';

type FilterBarProps = {
  filter: ListFilterState;
  lookups: Lookups | null;
  /** What the search box finds, as its placeholder says it. */
  searchHint: string;
  /** Filters that pick a record, at the top of the filter menu. */
  recordFilters?: ComponentChildren;
  recordNames?: Record<string, string>;
  /** Columns and export, on the same row as the search. */
  children: ComponentChildren;
};

/** Search, the filter panel and the active filters as chips. */
export function FilterBar({ filter, lookups, searchHint, recordFilters, recordNames, children }: FilterBarProps) {
  const [open, setOpen] = useState(false);
  return (
    <div class="filter-bar">
      <div class="toolbar">
        <SearchInput
          value={filter.params.get('q') ?? ''}
          onSearch={(q) => filter.set('q', q)}
          placeholder={searchHint}
          label={`Search ${filter.spec.resource.many}`}
        />
        <button
          type="button"
          class={open ? 'secondary toggled' : 'secondary'}
          aria-expanded={open}
          data-testid="toggle-filters"
          onClick={() => setOpen(!open)}
        >
          Filters{filter.activeCount > 0 && <span class="count">{filter.activeCount}</span>}
        </button>
        <span class="spacer" />
        {children}
      </div>
      {open && lookups && (
        <FilterMenu filter={filter} lookups={lookups}>
          {recordFilters}
        </FilterMenu>
      )}
      {lookups && <FilterChips filter={filter} lookups={lookups} recordNames={recordNames} />}
    </div>
  );
}
