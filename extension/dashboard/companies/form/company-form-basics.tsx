import type { ComponentChildren } from 'preact';
import type { CompanyDraft } from './company-draft';
import { CompanyLogoField } from '../logo/company-logo-field';
import type { FieldErrors } from '../../ui/field-errors';
import { FormField, TextField } from '../../ui/form-field';
import { useI18n } from '../../../ui/i18n/use-i18n';

type CompanyFormBasicsProps = {
  draft: CompanyDraft;
  errors: FieldErrors;
  onChange: (patch: Partial<CompanyDraft>) => void;
  /** A new company's name field searches the registers. */
  nameField?: ComponentChildren;
};

/** Name and the ways to reach the company. */
export function CompanyFormBasics({ draft, errors, onChange, nameField }: CompanyFormBasicsProps) {
  const { t } = useI18n();
  return (
    <section class="card form-section">
      <h2>{t('common.company')}</h2>
      <div class="form-grid">
        {nameField ? (
          // The search labels its own input; a second visible label around it would say "Name" twice.
          <FormField name="name" wide group hideLabel errors={errors.name}>
            {nameField}
          </FormField>
        ) : (
          <TextField
            name="name"
            label={t('common.name')}
            required
            wide
            value={draft.name}
            errors={errors.name}
            onInput={(name) => onChange({ name })}
          />
        )}
        <TextField
          name="website"
          inputMode="url"
          placeholder={t('companies.form.websitePlaceholder')}
          value={draft.website}
          errors={errors.website}
          onInput={(website) => onChange({ website })}
        />
        <TextField
          name="email"
          inputMode="email"
          value={draft.email}
          errors={errors.email}
          onInput={(email) => onChange({ email })}
        />
        <TextField
          name="phone"
          inputMode="tel"
          value={draft.phone}
          errors={errors.phone}
          onInput={(phone) => onChange({ phone })}
        />
        <CompanyLogoField value={draft.logoUrl} errors={errors.logoUrl} onInput={(logoUrl) => onChange({ logoUrl })} />
        <FormField name="socialProfiles" wide errors={errors.socialProfiles} hint={t('companies.form.socialProfilesHint')}>
          <textarea
            name="socialProfiles"
            rows={2}
            value={draft.socialProfiles}
            onInput={(e) => onChange({ socialProfiles: e.currentTarget.value })}
          />
        </FormField>
      </div>
    </section>
  );
}
