import type { ApiClient } from '../../api/api-client';
import { CompanySearch } from '../companies/form/company-search';
import type { RecordPicker, RecordPickerProps } from '../records/record-picker';
import { DELETED } from '../records/use-lookups';
import { companiesApi } from '../../../shared/api/companies.api';
import { useOperation } from '../ui/use-api';

/** "Works at": finds a company through the companies search and narrows the contacts to its people. */
function ContactCompanyFilter({ api, filterKey, label, value, name, onChange, onSignedOut }: RecordPickerProps) {
  return (
    <fieldset class="filter-group picker" data-testid="filter-company" data-key={filterKey}>
      <legend>{label}</legend>
      {value && (
        <div class="picked">
          <strong>{name ?? '…'}</strong>{' '}
          <button type="button" class="link" onClick={() => onChange(null)}>
            Any company
          </button>
        </div>
      )}
      <CompanySearch
        api={api}
        name="filter-company"
        label="Search for a company the contact works at"
        placeholder="Search company name, domain or org number"
        selectedId={value}
        noMatch={(q) => `No company matches "${q}".`}
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
  return company.data?.company.name ?? (company.status === 404 ? DELETED : null);
}

/** How a list's `record` filter picks a company. */
export const companyPicker: RecordPicker = { Picker: ContactCompanyFilter, useName: useCompanyName };
