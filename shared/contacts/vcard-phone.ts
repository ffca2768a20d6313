import { unescapeVCardText } from './vcard-text';

// Only the " ext. 12" this module reads back, so other spellings ("x12") round-trip as text.
const TEL_URI_SAFE = /^(?=[^ ]*\d)(\+?[0-9().*#-]+)(?: ext\. (\d+))?$/;

/**
 * The number as written. A 4.0 `tel:` URI loses its scheme, and its `;ext=` becomes " ext. 102"
 * so the value reads like the text forms; other URI parameters (phone-context, isub) go.
 */
export function readVCardPhone(value: string): string {
  const text = unescapeVCardText(value).trim();
  if (!/^tel:/i.test(text)) return text;
  const [number = '', ...params] = text.slice(4).split(';');
  const extension = params.find((param) => /^ext=/i.test(param))?.slice(4);
  const decoded = safeDecodeUri(number.trim());
  return extension ? `${decoded} ext. ${extension}` : decoded;
}

/**
 * A `tel:` URI when the number is made of what RFC 3966 allows (digits, +, visual separators
 * - . ( )); otherwise VALUE=text as written, since turning "+47 22 33 44 55" into a URI would
 * change what the user typed.
 */
export function writeVCardPhone(number: string): { valueType: 'uri' | 'text'; value: string } {
  const match = TEL_URI_SAFE.exec(number.trim());
  if (!match) return { valueType: 'text', value: number.trim() };
  return { valueType: 'uri', value: `tel:${match[1]}${match[2] ? `;ext=${match[2]}` : ''}` };
}

function safeDecodeUri(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
