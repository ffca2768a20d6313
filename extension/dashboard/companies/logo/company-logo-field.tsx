import { storedLogoKey } from './company-logo-source';
import { FormField, TextField } from '../../ui/form-field';
import { useI18n } from '../../../ui/i18n/use-i18n';

type CompanyLogoFieldProps = { value: string; errors?: string[]; onInput: (value: string) => void };

/**
 * The logo in the edit form: a web address typed here is fetched once by the server, which stores
 * the image (the browser never loads it); a stored logo is changed or removed on the card, so the
 * form shows it as such and never sends it back.
 */
export function CompanyLogoField({ value, errors, onInput }: CompanyLogoFieldProps) {
  const { t } = useI18n();
  if (storedLogoKey(value.trim())) {
    return (
      <FormField name="logoUrl" label={t('companies.logo.label')} errors={errors} hint={t('companies.logo.storedHint')}>
        <span class="uploaded-logo" data-testid="uploaded-logo">
          {t('companies.logo.uploaded')}
        </span>
      </FormField>
    );
  }
  return (
    <TextField
      name="logoUrl"
      inputMode="url"
      placeholder={t('companies.logo.addressPlaceholder')}
      hint={t('companies.logo.addressHint')}
      value={value}
      errors={errors}
      onInput={onInput}
    />
  );
}
