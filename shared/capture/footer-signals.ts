import { detectOrgNumbers } from '../org-number/org-number';
import type { CapturedCompany } from './captured';
import type { CaptureDocument } from './capture-dom';
import { emailOf, phoneOf } from './contact-values';
import { footerRegions } from './footer-regions';
import type { PageContext } from './page-context';
import { visibleText } from './visible-text';

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const IMAGE_NAME = /\.(?:png|jpe?g|gif|svg|webp)$/i;
// A phone in running text needs a label or a "+country" prefix; bare digit runs are too often
// org numbers, postcodes or opening hours.
const PHONE =
  /(?:\b(?:tel(?:efon(?:nummer)?|ephone)?|phone(?:\s?number)?|tlf(?:\.?\s?nr)?|ph|mob(?:il|ile)?|sentralbord|växel|vxl|call us)\b\.?:?\s*|(?=\+\d))(\+?\(?\d[\d\s().\-/]{5,18}\d)/gi;

/** Org/VAT numbers, e-mail and phone written out in the page footer. */
export function footerSignals(
  doc: CaptureDocument,
  page: PageContext,
): Pick<CapturedCompany, 'orgNumber' | 'vatNumber' | 'email' | 'phone'> {
  const text = footerRegions(doc)
    .map((el) => visibleText(el))
    .join('\n');
  if (text.trim() === '') return {};
  const numbers = detectOrgNumbers(text);
  const org = numbers.find((m) => m.kind === 'orgNumber');
  const vat = numbers.find((m) => m.kind === 'vatNumber');
  const emails = [...text.matchAll(EMAIL)]
    .map((m) => emailOf(m[0]))
    .filter((e): e is string => e !== undefined && !IMAGE_NAME.test(e));
  const email = emails.find((e) => page.domain !== undefined && e.toLowerCase().endsWith(`@${page.domain}`)) ?? emails[0];
  const phone = [...text.matchAll(PHONE)].map((m) => phoneOf(m[1])).find((p) => p !== undefined);
  return {
    orgNumber: org && { value: org.value, source: 'footer' },
    vatNumber: vat && { value: vat.value, source: 'footer' },
    email: email === undefined ? undefined : { value: email, source: 'footer' },
    phone: phone === undefined ? undefined : { value: phone, source: 'footer' },
  };
}
