import type { ApiClient } from '../../api/api-client';
import { useI18n } from '../../ui/i18n/use-i18n';
import { RecordSearch } from '../records/record-search';
import type { RecordPicker, RecordPickerProps } from '../records/record-picker';
import { deletedName } from '../records/use-lookups';
import { companiesApi } from '../../../shared/api/companies.api';
import { useOperation } from '../ui/use-api';

/** "Works at": finds a company through the companies search and narrows the contacts to its people. */
function ContactCompanyFilter({ api, filterKey, label, value, name, onChange, onSignedOut }: RecordPickerProps) {
  const { t } = useI18n();
  return (
    <fieldset class="filter-group picker" data-testid="filter-company" data-key={filterKey}>
      <legend>{label}</legend>
      {value && (
        <div class="picked">
          <strong>{name ?? '…'}</strong>{' '}
          <button type="button" class="link" onClick={() => onChange(null)}>
            {t('contacts.filter.anyCompany')}
          </button>
        </div>
      )}
      <RecordSearch
        api={api}
        entity="company"
        name="filter-company"
        label={t('contacts.filter.searchLabel')}
        placeholder={t('contacts.filter.searchPlaceholder')}
        selectedId={value}
        noMatch={(q) => t('contacts.filter.noMatch', { query: q })}
        onPick={onChange}
        onSignedOut={onSignedOut}
      />
    </fieldset>
  );
}

/** The picked company's name; a company deleted since reads as such. */
function useCompanyName(api: ApiClient, id: string | null, onSignedOut: () => void): string | null {
  const company = useOperation(api, companiesApi.get, id ? { params: { id } } : null, onSignedOut);
  if (!id) return null;
  return company.data?.company.name ?? (company.status === 404 ? deletedName() : null);
}

/** How a list's `record` filter picks a company. */
export const companyPicker: RecordPicker = { Picker: ContactCompanyFilter, useName: useCompanyName };
