import { logoSource } from './company-logo-source';
import { FormField, TextField } from './form-field';

type CompanyLogoFieldProps = { value: string; errors?: string[]; onInput: (value: string) => void };

/**
 * The logo in the edit form: a captured or typed web address can be edited here; an uploaded logo
 * is changed or removed on the card, so the form shows it as such and never sends it back.
 */
export function CompanyLogoField({ value, errors, onInput }: CompanyLogoFieldProps) {
  if (logoSource(value.trim())?.kind === 'stored') {
    return (
      <FormField name="logoUrl" label="Logo" errors={errors} hint="Replace or remove it on the company card">
        <span class="uploaded-logo" data-testid="uploaded-logo">
          Uploaded image
        </span>
      </FormField>
    );
  }
  return (
    <TextField
      name="logoUrl"
      inputMode="url"
      placeholder="https://…/logo.png"
      hint="A web address, or upload an image on the company card"
      value={value}
      errors={errors}
      onInput={onInput}
    />
  );
}
