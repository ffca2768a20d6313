import { cleanText } from './clean-text';

const EMAIL = /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:]+\.[^\s@<>()[\]",;:]{2,}$/;

/** An e-mail address from text or a mailto: link, query string ("?subject=") dropped. */
export function emailOf(raw: string | null | undefined): string | undefined {
  const text = cleanText(raw);
  if (text === undefined) return undefined;
  const address =
    safeDecode(text.replace(/^mailto:/i, '').split('?')[0] ?? '')
      .split(',')[0]
      ?.trim() ?? '';
  return EMAIL.test(address) ? address : undefined;
}

/** A phone number as written (tel: links lose only their scheme); needs at least 5 digits. */
export function phoneOf(raw: string | null | undefined): string | undefined {
  const text = cleanText(raw === null || raw === undefined ? raw : safeDecode(raw.trim().replace(/^tel:/i, '')));
  if (text === undefined) return undefined;
  return (text.match(/\d/g) ?? []).length >= 5 ? text : undefined;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
