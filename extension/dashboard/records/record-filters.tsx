import type { RecordTypeName } from '../../../shared/records/record-types';
import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { filtersOfKind } from './list-filter-spec';
import type { RecordPicker } from './record-picker';
import type { ListFilterState } from './use-list-filter';

type Pickers = Partial<Record<RecordTypeName, RecordPicker>>;

type RecordFiltersProps = {
  api: ApiClient;
  filter: ListFilterState;
  pickers: Pickers | undefined;
  /** The picked records' names, by id (`useRecordNames`). */
  names: Record<string, string>;
  onSignedOut: () => void;
};

/** The type's `record` filters (a contact's "Works at"), each with the picker of the record type it picks. */
export function RecordFilters({ api, filter, pickers, names, onSignedOut }: RecordFiltersProps) {
  const { t } = useI18n();
  return (
    <>
      {filtersOfKind(filter.type, 'record').map(({ key, label, recordType }) => {
        const Picker = pickers?.[recordType]?.Picker;
        const value = filter.params.get(key);
        return (
          Picker && (
            <Picker
              key={key}
              api={api}
              filterKey={key}
              label={t(label)}
              value={value}
              name={value ? (names[value] ?? null) : null}
              onChange={(id) => filter.set(key, id)}
              onSignedOut={onSignedOut}
            />
          )
        );
      })}
    </>
  );
}

/**
 * The names of the records the `record` filters picked, by id, for their chips and pickers. The
 * type's filters are fixed, so the hooks run in the same order on every render.
 */
export function useRecordNames(
  api: ApiClient,
  type: RecordTypeName,
  params: URLSearchParams,
  pickers: Pickers | undefined,
  onSignedOut: () => void,
): Record<string, string> {
  const names: Record<string, string> = {};
  for (const { key, recordType } of filtersOfKind(type, 'record')) {
    const picker = pickers?.[recordType];
    if (!picker) continue;
    const id = params.get(key);
    const name = picker.useName(api, id, onSignedOut);
    if (id && name) names[id] = name;
  }
  return names;
}
