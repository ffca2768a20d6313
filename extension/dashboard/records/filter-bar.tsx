import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { recordTypes } from '../../../shared/records/record-types';
import { useI18n } from '../../ui/i18n/use-i18n';
import { FilterChips } from './filter-chips';
import { FilterMenu } from './filter-menu';
import { nameValues } from './record-list-names';
import { SearchInput } from '../ui/search-input';
import type { ListFilterState } from './use-list-filter';
import type { Lookups } from './use-lookups';

type FilterBarProps = {
  filter: ListFilterState;
  lookups: Lookups | null;
  /** Filters that pick a record, at the top of the filter menu. */
  recordFilters?: ComponentChildren;
  recordNames?: Record<string, string>;
  /** Columns and export, on the same row as the search. */
  children: ComponentChildren;
};

/** Search (what it matches as the record type declares it), the filter panel and the active filters as chips. */
export function FilterBar({ filter, lookups, recordFilters, recordNames, children }: FilterBarProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <div class="filter-bar">
      <div class="toolbar">
        <SearchInput
          value={filter.params.get('q') ?? ''}
          onSearch={(q) => filter.set('q', q)}
          placeholder={t(recordTypes[filter.type].search.placeholder)}
          label={t('records.list.searchLabel', nameValues(t, filter.names))}
        />
        <button
          type="button"
          class={open ? 'secondary toggled' : 'secondary'}
          aria-expanded={open}
          data-testid="toggle-filters"
          onClick={() => setOpen(!open)}
        >
          {t('records.list.filters')}
          {filter.activeCount > 0 && <span class="count">{filter.activeCount}</span>}
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
