import type { ApiClient } from '../../../api/api-client';
import { CompanyName } from '../company-name';
import { CompanySearch } from './company-search';

type ParentPickerProps = {
  api: ApiClient;
  /** The company being edited: it cannot be its own parent. */
  selfId: string | null;
  value: string;
  onChange: (id: string) => void;
  onSignedOut: () => void;
};

/** Finds the parent company by name, domain or org number through the companies search. */
export function ParentPicker({ api, selfId, value, onChange, onSignedOut }: ParentPickerProps) {
  return (
    <div class="picker" data-testid="parent-picker">
      {value ? (
        <div class="picked">
          <CompanyName api={api} id={value} onSignedOut={onSignedOut} />
          <button type="button" class="link" onClick={() => onChange('')}>
            Clear
          </button>
        </div>
      ) : (
        <div class="picked muted">None: a top-level company</div>
      )}
      <CompanySearch
        api={api}
        name="parentSearch"
        label="Search for the parent company"
        placeholder="Search name, domain or org number"
        selectedId={value || null}
        excludeId={selfId}
        noMatch={(q) => `No other company matches "${q}": create the parent first, then pick it here.`}
        onPick={onChange}
        onSignedOut={onSignedOut}
      />
    </div>
  );
}
