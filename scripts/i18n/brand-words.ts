/**
 * Words that are the same in every language: product and brand names, file formats, codes. Text made
 * only of these (and punctuation or numbers) is not a sentence to translate.
 */
export const BRAND_WORDS = new Set([
  'Fjord',
  'CRM',
  'Gmail',
  'Outlook',
  'Creditsafe',
  'Brønnøysund',
  'Brønnøysundregistrene',
  'Bolagsverket',
  'SCB',
  'CVR',
  'vCard',
  'CSV',
  'Excel',
  'XLSX',
  'iCal',
  'ics',
  'xlsx',
  'csv',
  'vcf',
  'OK',
  'URL',
  'API',
  'NACE',
  'IBAN',
  'BIC',
  'EHF',
  'PEPPOL',
  'NOK',
  'SEK',
  'DKK',
  'EUR',
  'GBP',
  'S3',
]);

/** Names of more than one word, some of them ordinary English words on their own. */
const BRAND_PHRASES = ['Companies House', 'Google Workspace', 'Microsoft 365'];

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;

/** Whether the text has a word a reader would want in their language (not only names, codes and symbols). */
export function hasTranslatableWords(text: string): boolean {
  // A plain placeholder (`{register}`) is filled in the reader's language already.
  const words = text.replace(/\{\w+\}/g, ' ');
  const rest = BRAND_PHRASES.reduce((left, phrase) => left.replaceAll(phrase, ' '), words);
  for (const [word] of rest.matchAll(WORD)) {
    if (!BRAND_WORDS.has(word)) return true;
  }
  return false;
}
