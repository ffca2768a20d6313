import { DATE_FILTERS, ID_FILTERS, TEXT_FILTERS, dateInputValue, idsOf, isFilterKey } from './company-list-query';
import type { CompanyFilterState } from './use-company-filter';
import { itemName, memberName, type Lookups } from './use-lookups';

type FilterChipsProps = { filter: CompanyFilterState; lookups: Lookups };

/** The active filters in words, each removable on its own. */
export function FilterChips({ filter, lookups }: FilterChipsProps) {
  const keys = [...filter.params.keys()].filter(isFilterKey);
  if (keys.length === 0) return null;
  return (
    <div class="filter-chips" data-testid="filter-chips">
      {keys.map((key) => (
        <span key={key} class="filter-chip" data-key={key}>
          <span class="muted">{labelOf(key)}:</span> {valueText(filter.params, key, lookups)}
          <button
            type="button"
            class="chip-remove"
            aria-label={`Remove filter ${labelOf(key)}`}
            onClick={() => filter.set(key, null)}
          >
            ×
          </button>
        </span>
      ))}
      <button type="button" class="link" data-testid="clear-filters" onClick={filter.clear}>
        Clear filters
      </button>
    </div>
  );
}

function labelOf(key: string): string {
  const all: { key: string; label: string }[] = [...ID_FILTERS, ...TEXT_FILTERS, ...DATE_FILTERS];
  return all.find((f) => f.key === key)?.label ?? key.replace(/^cf\./, '');
}

function valueText(params: URLSearchParams, key: string, lookups: Lookups): string {
  const idFilter = ID_FILTERS.find((f) => f.key === key);
  if (idFilter) {
    const name = idFilter.kind ? (id: string) => itemName(lookups, id) : (id: string) => memberName(lookups, id);
    return idsOf(params, key).map(name).join(' or ');
  }
  if (DATE_FILTERS.some((f) => f.key === key)) return dateInputValue(params.get(key));
  return params.get(key) ?? '';
}
