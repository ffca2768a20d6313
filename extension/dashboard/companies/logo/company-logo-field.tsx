import { storedLogoKey } from './company-logo-source';
import { FormField, TextField } from '../../ui/form-field';

type CompanyLogoFieldProps = { value: string; errors?: string[]; onInput: (value: string) => void };

/**
 * The logo in the edit form: a web address typed here is fetched once by the server, which stores
 * the image (the browser never loads it); a stored logo is changed or removed on the card, so the
 * form shows it as such and never sends it back.
 */
export function CompanyLogoField({ value, errors, onInput }: CompanyLogoFieldProps) {
  if (storedLogoKey(value.trim())) {
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
      hint="The address of an image: the server fetches and keeps a copy. Or upload one on the company card."
      value={value}
      errors={errors}
      onInput={onInput}
    />
  );
}
