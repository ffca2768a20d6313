import { orgForms } from '../../../../shared/registers/org-forms';
import type { CompanyDraft } from './company-draft';
import { countryName } from '../company-format';
import type { FieldErrors } from '../../ui/field-errors';
import { FormField, TextField } from '../../ui/form-field';
import { NacePicker } from './nace-picker';
import { useI18n } from '../../../ui/i18n/use-i18n';

type CompanyFormRegistrationProps = {
  draft: CompanyDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<CompanyDraft>) => void;
};

// The countries whose registers we know (org numbers, org forms) first, the first one the example; others can be typed.
const COUNTRIES = ['NO', 'SE', 'DK', 'GB', 'NL', 'FI', 'IS', 'DE'];

/** What the national register says: country, numbers, legal form, activity code, size. */
export function CompanyFormRegistration({ draft, errors, onChange }: CompanyFormRegistrationProps) {
  const { t } = useI18n();
  const forms = orgForms(draft.country);
  const known = forms.some((form) => form.code === draft.orgForm);
  return (
    <section class="card form-section">
      <h2>{t('companies.form.registration')}</h2>
      <div class="form-grid">
        <FormField name="country" errors={errors.country} hint={countryName(draft.country) ?? t('companies.form.countryHint')}>
          <input
            name="country"
            list="fjord-countries"
            maxLength={2}
            placeholder={COUNTRIES[0]}
            value={draft.country}
            onInput={(e) => onChange({ country: e.currentTarget.value.toUpperCase() })}
          />
          <datalist id="fjord-countries">
            {COUNTRIES.map((code) => (
              <option key={code} value={code}>
                {countryName(code)}
              </option>
            ))}
          </datalist>
        </FormField>
        {forms.length > 0 ? (
          <FormField name="orgForm" errors={errors.orgForm}>
            <select name="orgForm" value={draft.orgForm} onChange={(e) => onChange({ orgForm: e.currentTarget.value })}>
              <option value="">{t('common.notSet')}</option>
              {draft.orgForm && !known && (
                <option value={draft.orgForm}>{t('companies.form.unknownOrgForm', { code: draft.orgForm })}</option>
              )}
              {forms.map((form) => (
                <option key={form.code} value={form.code}>
                  {form.code} – {form.local}
                </option>
              ))}
            </select>
          </FormField>
        ) : (
          <TextField
            name="orgForm"
            value={draft.orgForm}
            errors={errors.orgForm}
            hint={draft.country ? undefined : t('companies.form.orgFormHint')}
            onInput={(orgForm) => onChange({ orgForm })}
          />
        )}
        <TextField
          name="orgNumber"
          inputMode="numeric"
          value={draft.orgNumber}
          errors={errors.orgNumber}
          hint={t('companies.form.orgNumberHint')}
          onInput={(orgNumber) => onChange({ orgNumber })}
        />
        <TextField
          name="vatNumber"
          value={draft.vatNumber}
          errors={errors.vatNumber}
          onInput={(vatNumber) => onChange({ vatNumber })}
        />
        <FormField name="naceCode" wide group errors={errors.naceCode}>
          <NacePicker value={draft.naceCode} onChange={(naceCode) => onChange({ naceCode })} />
        </FormField>
        <TextField
          name="employees"
          inputMode="numeric"
          value={draft.employees}
          errors={errors.employees}
          onInput={(employees) => onChange({ employees })}
        />
      </div>
    </section>
  );
}
