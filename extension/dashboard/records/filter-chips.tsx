import { customFilterField } from '../custom-fields/custom-field-defs';
import { customFilterText } from '../custom-fields/custom-value-format';
import { dateInputValue, filterLabel, filtersOf, idsOf } from './list-filter-spec';
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
        const label = customFilterField(lookups, key)?.label ?? filterLabel(filter.type, key);
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
  const { params } = filter;
  const value = params.get(key) ?? '';
  const field = customFilterField(lookups, key);
  if (field) return customFilterText(field, value);
  const descriptor = filtersOf(filter.type).find((f) => f.key === key);
  switch (descriptor?.kind) {
    case 'ids': {
      const name = descriptor.list === 'member' ? (id: string) => memberName(lookups, id) : (id: string) => itemName(lookups, id);
      return idsOf(params, key).map(name).join(' or ');
    }
    case 'flag':
      return value === 'true' ? descriptor.yes : descriptor.no;
    case 'record':
      return recordNames[value] ?? '…';
    case 'date':
      return dateInputValue(value);
    default:
      return value;
  }
}
