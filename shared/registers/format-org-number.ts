import { validateOrgNumber } from './org-number';

/** As the country's register writes it ("923 609 016"); stored numbers are compact. */
export function formatOrgNumber(country: string | null, value: string | null): string | null {
  if (!value) return null;
  if (!country) return value;
  const result = validateOrgNumber(country, value);
  return result.valid ? result.formatted : value;
}
