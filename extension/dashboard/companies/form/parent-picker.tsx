import type { ApiClient } from '../../../api/api-client';
import { CompanyName } from '../company-name';
import { RecordSearch } from '../../records/record-search';
import { useI18n } from '../../../ui/i18n/use-i18n';

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
  const { t } = useI18n();
  return (
    <div class="picker" data-testid="parent-picker">
      {value ? (
        <div class="picked">
          <CompanyName api={api} id={value} onSignedOut={onSignedOut} />
          <button type="button" class="link" onClick={() => onChange('')}>
            {t('companies.picker.clear')}
          </button>
        </div>
      ) : (
        <div class="picked muted">{t('companies.parent.none')}</div>
      )}
      <RecordSearch
        api={api}
        entity="company"
        name="parentSearch"
        label={t('companies.parent.searchLabel')}
        placeholder={t('companies.parent.searchPlaceholder')}
        selectedId={value || null}
        excludeIds={selfId ? [selfId] : []}
        noMatch={(query) => t('companies.parent.noMatch', { query })}
        onPick={onChange}
        onSignedOut={onSignedOut}
      />
    </div>
  );
}
