import type { ApiClient } from '../../../api/api-client';
import { CompanyName } from '../../companies/company-name';
import { RecordSearch } from '../../records/record-search';
import { FormField } from '../../ui/form-field';
import { useI18n } from '../../../ui/i18n/use-i18n';
import { contactFieldLabel } from './contact-labels';

/** The company a new contact works at, and the position there; '' for none. */
export type WorksAt = { companyId: string; position: string };

type WorksAtFieldsetProps = { api: ApiClient; value: WorksAt; onChange: (value: WorksAt) => void; onSignedOut: () => void };

/** Links the new person to a company as they are created (more companies are added from the card). */
export function WorksAtFieldset({ api, value, onChange, onSignedOut }: WorksAtFieldsetProps) {
  const { t } = useI18n();
  return (
    <section class="card form-section" data-testid="works-at">
      <h2>{contactFieldLabel('worksAt')}</h2>
      <div class="picker">
        {value.companyId ? (
          <div class="picked">
            <CompanyName api={api} id={value.companyId} onSignedOut={onSignedOut} />
            <button type="button" class="link" onClick={() => onChange({ ...value, companyId: '' })}>
              {t('companies.picker.clear')}
            </button>
          </div>
        ) : (
          <div class="picked muted">{t('contacts.form.noCompany')}</div>
        )}
        <RecordSearch
          api={api}
          entity="company"
          name="worksAtSearch"
          label={t('contacts.filter.searchLabel')}
          placeholder={t('contacts.filter.searchPlaceholder')}
          selectedId={value.companyId || null}
          noMatch={(query) => t('contacts.filter.noMatch', { query })}
          onPick={(companyId) => onChange({ ...value, companyId })}
          onSignedOut={onSignedOut}
        />
      </div>
      {value.companyId && (
        <FormField name="position" label={contactFieldLabel('position')}>
          <input
            name="position"
            value={value.position}
            onInput={(e) => onChange({ ...value, position: e.currentTarget.value })}
          />
        </FormField>
      )}
    </section>
  );
}
