import type { ComponentChildren } from 'preact';
import { recordTypes } from '../../../shared/records/record-types';
import { useI18n } from '../../ui/i18n/use-i18n';
import { CheckChips } from '../ui/check-chips';
import { CustomFieldFilter } from '../custom-fields/custom-field-filter';
import { dateInputValue, dateParam, filtersOfKind, idsOf } from './list-filter-spec';
import { choicesFor, type Lookups } from './use-lookups';
import type { ListFilterState } from './use-list-filter';
import { DateField } from '../../ui/date-field';

type FilterMenuProps = {
  filter: ListFilterState;
  lookups: Lookups;
  /** Filters that pick a record (the company a contact works at), shown first. */
  children?: ComponentChildren;
};

/** Every filter the record type declares; each change lands in the URL at once. */
export function FilterMenu({ filter, lookups, children }: FilterMenuProps) {
  const { t } = useI18n();
  const { type } = filter;
  const target = recordTypes[type].categoryTarget;
  const groups = filtersOfKind(type, 'ids').map((f) => ({
    ...f,
    options: f.list === 'member' ? lookups.members : choicesFor(lookups, f.list, target),
  }));
  // Lists nobody has filled in yet are named once at the end instead of as empty groups.
  const empty = groups.filter((g) => g.options.length === 0);
  return (
    <div class="filter-menu" data-testid="filter-menu">
      {children}
      {groups
        .filter((g) => g.options.length > 0)
        .map(({ key, label, options }) => (
          <fieldset key={key} class="filter-group">
            <legend>{t(label)}</legend>
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
          {t('records.filters.noValues', { lists: empty.map((g) => t(g.label)).join(', ') })}{' '}
          <a href="#/settings">{t('records.filters.addInSettings')}</a> {t('records.filters.toFilterBy')}
        </p>
      )}
      <div class="filter-fields">
        {filtersOfKind(type, 'text').map(({ key, label, placeholder }) => (
          <label key={key}>
            {t(label)}
            {/* `change` fires on Enter or leaving the field: one request per finished value, not per key. */}
            <input
              name={`filter-${key}`}
              placeholder={t(placeholder)}
              value={filter.params.get(key) ?? ''}
              maxLength={key === 'country' ? 2 : 100}
              onChange={(e) => filter.set(key, e.currentTarget.value.trim() || null)}
            />
          </label>
        ))}
        {filtersOfKind(type, 'flag').map(({ key, label, yes, no }) => (
          <label key={key}>
            {t(label)}
            <select
              name={`filter-${key}`}
              value={filter.params.get(key) ?? ''}
              onChange={(e) => filter.set(key, e.currentTarget.value || null)}
            >
              <option value="">{t('records.filters.any')}</option>
              <option value="true">{t(yes)}</option>
              <option value="false">{t(no)}</option>
            </select>
          </label>
        ))}
        {filtersOfKind(type, 'date').map(({ key, label, end }) => (
          <label key={key}>
            {t(label)}
            <DateField
              name={`filter-${key}`}
              value={dateInputValue(filter.params.get(key))}
              onChange={(value) => filter.set(key, dateParam(value, end))}
            />
          </label>
        ))}
      </div>
      <CustomFieldFilter filter={filter} lookups={lookups} />
    </div>
  );
}
