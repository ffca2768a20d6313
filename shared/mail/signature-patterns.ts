// What the lines of a signature look like: contact details, legal forms, job titles and names.

export const EMAIL = /[\p{L}\d._%+'-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}/gu;
export const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>()"'|,]+/giu;

// Labels in front of a phone number; fax numbers are left out on purpose (nobody calls them).
// Non-ASCII letters as \u escapes: bundlers keep raw template text as is, and Chromium refuses
// content scripts with non-ASCII bytes (docs/gotchas.md).
const PHONE_LABEL = String.raw`(?:tel(?:efon|ephone|\u00e9fono|efono)?|tlf|phone|ph|mob(?:il|ile|iel|ilnr)?|m\u00f3vil|movil|cell(?:ular)?|handy|gsm|direct|direkte|direkt|dir|sentralbord|switchboard|v\u00e4xel|vxl|office|kontor|work|vaste|[mtpdo])`;
const PHONE_NUMBER = String.raw`((?:\+|00)?\(?\d[\d\s().\/-]{4,}\d)`;
export const LABELLED_PHONE = new RegExp(
  String.raw`(?<![\p{L}])${PHONE_LABEL}\.?\s*(?:\([^)]*\))?\s*[:.]?\s*${PHONE_NUMBER}`,
  'giu',
);
export const BARE_PHONE = /^\s*((?:\+|00)?\(?\d[\d\s()./-]{5,}\d)\s*$/u;

// Register, VAT and bank numbers look like phone numbers; their labels say they are not.
export const NOT_A_PHONE = /org\.?\s*n|organisa|cvr|kvk|vat|mva|moms|ust|nif|cif|btw|iban|bic|swift|konto|account|bank|fax|reg/iu;

export function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

const LEGAL_FORM =
  /(?:^|\s)(?:AS|ASA|AB|ApS|A\/S|I\/S|IVS|P\/S|B\.V\.?|BV|N\.V\.?|NV|GmbH(?: & Co\.? KG)?|AG|KG|e\.K\.|UG|Ltd\.?|Limited|LLC|LLP|Inc\.?|plc|PLC|S\.L\.?|S\.A\.?|S\.L\.U\.?|SL|SA|Oy|Oyj|HB|KB|DA|ANS)$/u;

export function hasLegalForm(text: string): boolean {
  return LEGAL_FORM.test(text.trim().replace(/,$/, ''));
}

// Job titles: whole words, and the Scandinavian, Dutch and German compounds that end in one.
const TITLE_WORD =
  /(?<![\p{L}])(?:ceo|cfo|cto|coo|cmo|cio|vd|vp|evp|svp|md|founder|co-founder|cofounder|gründer|grunnlegger|grundare|owner|eier|ägare|inhaber|inhaberin|eigenaar|partner|president|director|directora|directeur|direktør|direktor|manager|chief|head of|lead|senior|junior|officer|consultant|advisor|adviser|adviseur|specialist|spesialist|coordinator|koordinator|assistant|assistent|engineer|ingeniør|ingenjör|developer|utvikler|designer|analyst|analytiker|accountant|recruiter|rekrutterer|rekryterare|sales|salg|försäljning|verkoop|vertrieb|ventas|comercial|gerente|responsable|jefe|jefa|medewerker|eigenaresse|key account|daglig leder|administrerende|adm\.? dir|regnskapsfører|revisor|advokat|lawyer|attorney|selger|säljare|konsulent|rådgiver|rådgivare|berater|beraterin|referent|referentin|projektleiter|projectleider|prosjektleder|projektledare)(?![\p{L}])/iu;
const TITLE_SUFFIX =
  /\p{L}(?:sjef|leder|ansvarlig|rådgiver|konsulent|direktør|chef|ledare|ansvarig|säljare|leider|manager|leiter|leiterin|führer|führerin|berater|beraterin|adviseur|medewerker)(?![\p{L}])/iu;

export function looksLikeTitle(text: string): boolean {
  return TITLE_WORD.test(text) || TITLE_SUFFIX.test(text);
}

// Postcodes: NO/DK "8006 Bodø", SE "111 22 Stockholm", NL "1015 CJ Amsterdam", DE/ES "80802 München",
// UK "London NW1 6XE".
const POSTCODE_CITY = /(?<![\d\p{L}])(?:\d{4}(?:\s?[A-Z]{2})?|\d{3}\s\d{2}|\d{5}|(?:[A-Z]{1,2}-)?\d{4,5})\s+\p{Lu}\p{L}+/u;
const UK_POSTCODE = /(?<![\p{L}\d])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\p{L}\d])/u;
// "Sjøgata 12", "Calle de Alcalá 45", "221B Baker Street", "Postboks 123".
const STREET = /\p{L}{3,}\.?\s+\d+\s?[a-zA-Z]?(?![\d])|^\d+[A-Za-z]?\s+\p{Lu}\p{L}+/u;

export function looksLikeStreet(text: string): boolean {
  return STREET.test(text) && !/@|https?:|www\./i.test(text);
}

export function looksLikePostcodeCity(text: string): boolean {
  return (POSTCODE_CITY.test(text) || UK_POSTCODE.test(text)) && !/@|https?:|www\./i.test(text);
}

/** A full address on one line: a street and a postcode with its city. */
export function looksLikeAddress(text: string): boolean {
  if (!looksLikePostcodeCity(text)) return false;
  const parts = text.split(/,\s*/);
  return parts.length >= 2 && parts.some((part) => looksLikeStreet(part));
}

const NAME_PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'von',
  'zu',
  'af',
  'av',
  'la',
  'del',
  'di',
  'da',
  'le',
  'ten',
  'ter',
  'y',
]);
const NAME_WORD = /^\p{Lu}[\p{Ll}'’-]*(?:-\p{Lu}[\p{Ll}'’-]*)?\.?$|^\p{Lu}\.$/u;

/** "Kari Nordmann", "Jan van der Berg", "John E. Doe": two to five capitalised words and nothing else. */
export function looksLikePersonName(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 5) return false;
  if (looksLikeTitle(text) || hasLegalForm(text)) return false;
  const first = words[0] ?? '';
  const last = words[words.length - 1] ?? '';
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last) || /^\p{Lu}\.$/u.test(last)) return false;
  return words.every((word) => NAME_WORD.test(word) || NAME_PARTICLES.has(word));
}
