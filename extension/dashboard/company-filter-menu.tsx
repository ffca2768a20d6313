import { CheckChips } from './check-chips';
import { DATE_FILTERS, ID_FILTERS, TEXT_FILTERS, dateInputValue, dateParam, idsOf } from './company-list-query';
import type { CompanyFilterState } from './use-company-filter';
import { companyChoices, type Lookups } from './use-lookups';

type CompanyFilterMenuProps = { filter: CompanyFilterState; lookups: Lookups };

/** Every filter the API offers; each change lands in the URL at once. */
export function CompanyFilterMenu({ filter, lookups }: CompanyFilterMenuProps) {
  const groups = ID_FILTERS.map((f) => ({ ...f, options: f.kind ? companyChoices(lookups, f.kind) : lookups.members }));
  // Lists nobody has filled in yet are named once at the end instead of as empty groups.
  const empty = groups.filter((g) => g.options.length === 0);
  return (
    <div class="filter-menu" data-testid="filter-menu">
      {groups
        .filter((g) => g.options.length > 0)
        .map(({ key, label, options }) => (
          <fieldset key={key} class="filter-group">
            <legend>{label}</legend>
            <CheckChips
              name={key}
              options={options}
              value={idsOf(filter.params, key)}
              onChange={(ids) => filter.setIds(key, ids)}
              empty={null}
            />
          </fieldset>
        ))}
      {empty.length > 0 && (
        <p class="empty-lists muted small">
          {empty.map((g) => g.label).join(', ')}: no values yet. <a href="#/settings">Add them in Settings</a> to filter by them.
        </p>
      )}
      <div class="filter-fields">
        {TEXT_FILTERS.map(({ key, label, placeholder }) => (
          <label key={key}>
            {label}
            {/* `change` fires on Enter or leaving the field: one request per finished value, not per key. */}
            <input
              name={`filter-${key}`}
              placeholder={placeholder}
              value={filter.params.get(key) ?? ''}
              maxLength={key === 'country' ? 2 : 100}
              onChange={(e) => filter.set(key, e.currentTarget.value.trim() || null)}
            />
          </label>
        ))}
        {DATE_FILTERS.map(({ key, label, end }) => (
          <label key={key}>
            {label}
            <input
              type="date"
              name={`filter-${key}`}
              value={dateInputValue(filter.params.get(key))}
              onChange={(e) => filter.set(key, dateParam(e.currentTarget.value, end))}
            />
          </label>
        ))}
      </div>
    </div>
  );
}
