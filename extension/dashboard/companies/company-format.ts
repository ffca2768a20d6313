import type { Address } from '../../../shared/entities/address';
import type { CustomFields } from '../../../shared/entities/custom-fields';
import type { InvoiceSettings } from '../../../shared/entities/invoice-settings';
import { naceLabel } from '../../../shared/registers/nace';
import { orgFormLabel } from '../../../shared/registers/org-forms';

export const INVOICE_TYPES = {
  emailTracking: 'E-mail with tracking link',
  emailPdf: 'E-mail with PDF attached',
  paper: 'Paper, by post',
  ehf: 'EHF e-invoice',
} as const satisfies Record<InvoiceSettings['type'], string>;

const regions = new Intl.DisplayNames(['en'], { type: 'region' });

/** "Norway (NO)"; the bare code when it is not a region Intl knows. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  try {
    const name = regions.of(code.toUpperCase());
    return name && name !== code.toUpperCase() ? `${name} (${code.toUpperCase()})` : code;
  } catch {
    return code;
  }
}

/** "AS – Aksjeselskap (Private limited company)"; unknown codes as written. */
export function orgFormText(country: string | null, code: string | null): string | null {
  if (!code) return null;
  const local = country ? orgFormLabel(country, code, 'local') : undefined;
  const en = country ? orgFormLabel(country, code, 'en') : undefined;
  if (!local) return code;
  return local === en || !en ? `${code} – ${local}` : `${code} – ${local} (${en})`;
}

export function naceText(code: string | null): string | null {
  if (!code) return null;
  return `${code} ${naceLabel(code) ?? '(unknown code)'}`;
}

/** Street, postal code and city, region, country: one entry per printed line. */
export function addressLines(address: Address | null): string[] {
  if (!address) return [];
  return [
    address.street,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.region,
    countryName(address.country),
  ].filter((line): line is string => !!line);
}

/** "E-mail with PDF attached to faktura@x.no · 14 days' credit". */
export function invoiceText(invoice: InvoiceSettings | null): string | null {
  if (!invoice) return null;
  const how = INVOICE_TYPES[invoice.type] + (invoice.email ? ` to ${invoice.email}` : '');
  if (invoice.creditDays === null) return how;
  const credit = invoice.creditDays === 0 ? 'due on receipt' : `${invoice.creditDays} days' credit`;
  return `${how} · ${credit}`;
}

export function customFieldText(value: CustomFields[string]): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (Array.isArray(value)) return value.join(', ') || '—';
  return String(value);
}
