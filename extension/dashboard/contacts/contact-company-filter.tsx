import type { ApiClient } from '../../api/api-client';
import { CompanySearch } from '../companies/form/company-search';

type ContactCompanyFilterProps = {
  api: ApiClient;
  value: string | null;
  /** The picked company's name, once the list knows it. */
  name: string | null;
  onChange: (companyId: string | null) => void;
  onSignedOut: () => void;
};

/** "Works at": finds a company through the companies search and narrows the contacts to its people. */
export function ContactCompanyFilter({ api, value, name, onChange, onSignedOut }: ContactCompanyFilterProps) {
  return (
    <fieldset class="filter-group picker" data-testid="filter-company">
      <legend>Works at</legend>
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
