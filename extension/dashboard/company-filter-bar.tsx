import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CompanyFilterMenu } from './company-filter-menu';
import { CompanySearchInput } from './company-search-input';
import { FilterChips } from './filter-chips';
import type { CompanyFilterState } from './use-company-filter';
import type { Lookups } from './use-lookups';

type CompanyFilterBarProps = {
  filter: CompanyFilterState;
  lookups: Lookups | null;
  /** Columns and export, on the same row as the search. */
  children: ComponentChildren;
};

/** Search, the filter panel and the active filters as chips. */
export function CompanyFilterBar({ filter, lookups, children }: CompanyFilterBarProps) {
  const [open, setOpen] = useState(false);
  return (
    <div class="filter-bar">
      <div class="toolbar">
        <CompanySearchInput value={filter.params.get('q') ?? ''} onSearch={(q) => filter.set('q', q)} />
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
      {open && lookups && <CompanyFilterMenu filter={filter} lookups={lookups} />}
      {lookups && <FilterChips filter={filter} lookups={lookups} />}
    </div>
  );
}
