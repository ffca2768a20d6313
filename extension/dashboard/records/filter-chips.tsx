import { customFilterField } from '../custom-fields/custom-field-defs';
import { customFilterText } from '../custom-fields/custom-value-format';
import { dateInputValue, filterLabel, idsOf } from './list-filter-spec';
import type { ListFilterState } from './use-list-filter';
import { itemName, memberName, type Lookups } from './use-lookups';

type FilterChipsProps = {
  filter: ListFilterState;
  lookups: Lookups;
  /** Names of records a filter picked (the company a contact works at), by id. */
  recordNames?: Record<string, string>;
};

/** The active filters in words, each removable on its own. */
export function FilterChips({ filter, lookups, recordNames = {} }: FilterChipsProps) {
  if (filter.filterKeys.length === 0) return null;
  return (
    <div class="filter-chips" data-testid="filter-chips">
      {filter.filterKeys.map((key) => {
        const label = customFilterField(lookups, key)?.label ?? filterLabel(filter.spec, key);
        return (
          <span key={key} class="filter-chip" data-key={key}>
            <span class="muted">{label}:</span> {valueText(filter, key, lookups, recordNames)}
            <button type="button" class="chip-remove" aria-label={`Remove filter ${label}`} onClick={() => filter.set(key, null)}>
              ×
            </button>
          </span>
        );
      })}
      <button type="button" class="link" data-testid="clear-filters" onClick={filter.clear}>
        Clear filters
      </button>
    </div>
  );
}

function valueText(filter: ListFilterState, key: string, lookups: Lookups, recordNames: Record<string, string>): string {
  const { spec, params } = filter;
  const value = params.get(key) ?? '';
  const field = customFilterField(lookups, key);
  if (field) return customFilterText(field, value);
  const idFilter = spec.idFilters.find((f) => f.key === key);
  if (idFilter) {
    const name = idFilter.kind ? (id: string) => itemName(lookups, id) : (id: string) => memberName(lookups, id);
    return idsOf(params, key).map(name).join(' or ');
  }
  const flag = spec.flagFilters.find((f) => f.key === key);
  if (flag) return value === 'true' ? flag.yes : flag.no;
  if (spec.recordFilters.some((f) => f.key === key)) return recordNames[value] ?? '…';
  if (spec.dateFilters.some((f) => f.key === key)) return dateInputValue(value);
  return value;
}
