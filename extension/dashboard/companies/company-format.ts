import type { Address } from '../../../shared/entities/address';
import type { CustomFields } from '../../../shared/entities/custom-fields';
import type { InvoiceSettings } from '../../../shared/entities/invoice-settings';
import type { MessageKey } from '../../../shared/i18n/messages';
import { naceLabel } from '../../../shared/registers/nace';
import { currentNaceLabels } from '../../ui/i18n/nace-labels';
import { orgFormLabel } from '../../../shared/registers/org-forms';
import { currentI18n } from '../../ui/i18n/use-i18n';

export const INVOICE_TYPES = {
  emailTracking: 'companies.invoiceType.emailTracking',
  emailPdf: 'companies.invoiceType.emailPdf',
  paper: 'companies.invoiceType.paper',
  ehf: 'companies.invoiceType.ehf',
} as const satisfies Record<InvoiceSettings['type'], MessageKey>;

/** "Norway (NO)", "Norge (NO)"; the bare code when it is not a region Intl knows. */
export function countryName(code: string | null | undefined): string | null {
  if (!code) return null;
  const upper = code.toUpperCase();
  try {
    const name = currentI18n().f.country(upper);
    return name && name !== upper ? `${name} (${upper})` : code;
  } catch {
    return code;
  }
}

/**
 * "AS – Aksjeselskap (Private limited company)"; unknown codes as written. The register's own name
 * is what everyone uses; the gloss after it is English, so only English gets it.
 */
export function orgFormText(country: string | null, code: string | null): string | null {
  if (!code) return null;
  const local = country ? orgFormLabel(country, code, 'local') : undefined;
  const en = country && currentI18n().language === 'en' ? orgFormLabel(country, code, 'en') : undefined;
  if (!local) return code;
  return local === en || !en ? `${code} – ${local}` : `${code} – ${local} (${en})`;
}

export function naceText(code: string | null): string | null {
  if (!code) return null;
  return `${code} ${naceLabel(code, currentNaceLabels()) ?? currentI18n().t('companies.nace.unknown')}`;
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
  const { t } = currentI18n();
  const how = invoice.email
    ? t('companies.invoice.to', { how: t(INVOICE_TYPES[invoice.type]), email: invoice.email })
    : t(INVOICE_TYPES[invoice.type]);
  if (invoice.creditDays === null) return how;
  const credit =
    invoice.creditDays === 0
      ? t('companies.invoice.dueOnReceipt')
      : t('companies.invoice.creditDays', { count: invoice.creditDays });
  return `${how} · ${credit}`;
}

export function customFieldText(value: CustomFields[string]): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return currentI18n().t(value ? 'common.yes' : 'common.no');
  if (Array.isArray(value)) return value.join(', ') || '—';
  return String(value);
}
