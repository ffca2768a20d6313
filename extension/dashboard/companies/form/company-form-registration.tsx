import { orgForms } from '../../../../shared/registers/org-forms';
import type { CompanyDraft } from './company-draft';
import { countryName } from '../company-format';
import type { FieldErrors } from '../../ui/field-errors';
import { FormField, TextField } from '../../ui/form-field';
import { NacePicker } from './nace-picker';

type CompanyFormRegistrationProps = {
  draft: CompanyDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<CompanyDraft>) => void;
};

// The countries whose registers we know (org numbers, org forms) first; others can be typed.
const COUNTRIES = ['NO', 'SE', 'DK', 'GB', 'NL', 'FI', 'IS', 'DE'];

/** What the national register says: country, numbers, legal form, activity code, size. */
export function CompanyFormRegistration({ draft, errors, onChange }: CompanyFormRegistrationProps) {
  const forms = orgForms(draft.country);
  const known = forms.some((form) => form.code === draft.orgForm);
  return (
    <section class="card form-section">
      <h2>Registration</h2>
      <div class="form-grid">
        <FormField
          name="country"
          errors={errors.country}
          hint={countryName(draft.country) ?? 'Two letters: NO, SE, DK, GB, NL, …'}
        >
          <input
            name="country"
            list="fjord-countries"
            maxLength={2}
            placeholder="NO"
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
              <option value="">Not set</option>
              {draft.orgForm && !known && <option value={draft.orgForm}>{draft.orgForm} (not a known form here)</option>}
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
            hint={draft.country ? undefined : 'Set the country to pick from its legal forms'}
            onInput={(orgForm) => onChange({ orgForm })}
          />
        )}
        <TextField
          name="orgNumber"
          inputMode="numeric"
          value={draft.orgNumber}
          errors={errors.orgNumber}
          hint="Checked against the register's rules when saved"
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
