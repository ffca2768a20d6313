import type { I18n } from '../../../shared/i18n/i18n';
import { customFilterField } from '../custom-fields/custom-field-defs';
import { customFilterText } from '../custom-fields/custom-value-format';
import { useI18n } from '../../ui/i18n/use-i18n';
import { filterLabel, filtersOf, idsOf } from './list-filter-spec';
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
  const i18n = useI18n();
  const { t } = i18n;
  if (filter.filterKeys.length === 0) return null;
  return (
    <div class="filter-chips" data-testid="filter-chips">
      {filter.filterKeys.map((key) => {
        const label = customFilterField(lookups, key)?.label ?? filterLabel(t, filter.type, key);
        return (
          <span key={key} class="filter-chip" data-key={key}>
            <span class="muted">{label}:</span> {valueText(i18n, filter, key, lookups, recordNames)}
            <button
              type="button"
              class="chip-remove"
              aria-label={t('records.filters.remove', { label })}
              onClick={() => filter.set(key, null)}
            >
              ×
            </button>
          </span>
        );
      })}
      <button type="button" class="link" data-testid="clear-filters" onClick={filter.clear}>
        {t('records.filters.clear')}
      </button>
    </div>
  );
}

function valueText(
  { t, f }: I18n,
  filter: ListFilterState,
  key: string,
  lookups: Lookups,
  recordNames: Record<string, string>,
): string {
  const { params } = filter;
  const value = params.get(key) ?? '';
  const field = customFilterField(lookups, key);
  if (field) return customFilterText(field, value);
  const descriptor = filtersOf(filter.type).find((d) => d.key === key);
  switch (descriptor?.kind) {
    case 'ids': {
      const name = descriptor.list === 'member' ? (id: string) => memberName(lookups, id) : (id: string) => itemName(lookups, id);
      return idsOf(params, key)
        .map(name)
        .join(` ${t('records.filters.or')} `);
    }
    case 'flag':
      return t(value === 'true' ? descriptor.yes : descriptor.no);
    case 'record':
      return recordNames[value] ?? '…';
    case 'date': {
      const day = new Date(Number(value));
      return Number.isNaN(day.getTime()) ? '' : f.date(day);
    }
    default:
      return value;
  }
}
