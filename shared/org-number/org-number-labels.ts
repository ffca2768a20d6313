import type { OrgCountry } from './org-number-validation';

export type NumberKind = 'orgNumber' | 'vatNumber';

/** A number found after a label, still to be validated: `input` goes to the country's validator. */
export type NumberCandidate = { kind: NumberKind; country: OrgCountry; input: string };

/** Reads the text right after a label; returns the candidates and how many characters they span. */
export type NumberReader = (tail: string) => { candidates: NumberCandidate[]; length: number } | null;

const NO_DIGITS = String.raw`\d{3}[\s.]?\d{3}[\s.]?\d{3}`;

function reader(pattern: RegExp, build: (m: RegExpExecArray) => NumberCandidate[]): NumberReader {
  return (tail) => {
    const m = pattern.exec(tail);
    return m ? { candidates: build(m), length: m[0].length } : null;
  };
}

// "923 609 016 MVA" says the company is in the VAT register: its VAT number is NO923609016MVA.
const norwegian = (vat: 'marked' | 'always' | 'required'): NumberReader =>
  reader(new RegExp(String.raw`^(NO[\s.]?)?(${NO_DIGITS})(?!\d)(?:[\s.-]?(MVA)(?![\p{L}\d]))?`, 'iu'), (m) => {
    const digits = m[2] ?? '';
    const marked = m[1] !== undefined || m[3] !== undefined;
    if (vat === 'required' && !marked) return [];
    const org: NumberCandidate = { kind: 'orgNumber', country: 'NO', input: digits };
    const wantsVat = vat !== 'marked' || m[3] !== undefined;
    return wantsVat ? [org, { kind: 'vatNumber', country: 'NO', input: `NO${digits}MVA` }] : [org];
  });

const swedish = reader(/^(?:SE[\s.]?)?(\d{6}[-\u2013+]?\d{4})(?!\d)/i, (m) => [
  { kind: 'orgNumber', country: 'SE', input: m[1] ?? '' },
]);

const swedishVat = (prefix: 'optional' | 'required'): NumberReader =>
  reader(
    new RegExp(String.raw`^(?:SE)${prefix === 'optional' ? '?' : ''}[\s.]?(\d{6}[-\u2013]?\d{4})[\s.]?01(?!\d)`, 'i'),
    (m) => {
      const digits = (m[1] ?? '').replace(/\D/g, '');
      return [
        { kind: 'vatNumber', country: 'SE', input: `SE${digits}01` },
        { kind: 'orgNumber', country: 'SE', input: digits },
      ];
    },
  );

const danish = (vat: 'never' | 'always' | 'required'): NumberReader =>
  reader(/^(DK[\s.]?)?(\d{2}[\s.]?\d{2}[\s.]?\d{2}[\s.]?\d{2})(?!\d)/i, (m) => {
    const digits = (m[2] ?? '').replace(/\D/g, '');
    if (vat === 'required' && m[1] === undefined) return [];
    const org: NumberCandidate = { kind: 'orgNumber', country: 'DK', input: digits };
    return vat === 'never' ? [org] : [org, { kind: 'vatNumber', country: 'DK', input: `DK${digits}` }];
  });

const dutchKvk = reader(/^(\d{4}[\s.]?\d{4}|\d{2}[\s.]?\d{3}[\s.]?\d{3})(?!\d)/, (m) => [
  { kind: 'orgNumber', country: 'NL', input: m[1] ?? '' },
]);

const dutchVat = (prefix: 'optional' | 'required'): NumberReader =>
  reader(
    new RegExp(
      String.raw`^(?:NL[\s.]?)${prefix === 'optional' ? '?' : ''}(\d{4}[\s.]?\d{2}[\s.]?\d{3}|\d{9})[\s.]?B[\s.]?(\d{2})(?!\d)`,
      'i',
    ),
    (m) => [{ kind: 'vatNumber', country: 'NL', input: `NL${(m[1] ?? '').replace(/\D/g, '')}B${m[2] ?? ''}` }],
  );

const britishCompany = (digits: 'short' | 'full'): NumberReader =>
  reader(new RegExp(String.raw`^((?:[A-Z]{2}|R0)\s?\d{6}|\d{${digits === 'short' ? 5 : 7},8})(?![\dA-Z])`, 'i'), (m) => [
    { kind: 'orgNumber', country: 'GB', input: m[1] ?? '' },
  ]);

const britishVat = (prefix: 'optional' | 'required'): NumberReader =>
  reader(
    new RegExp(
      String.raw`^(?:GB)${prefix === 'optional' ? '?' : ''}[\s.]?(\d{3}[\s.]?\d{4}[\s.]?\d{2})(?:[\s.]?(\d{3}))?(?!\d)`,
      'i',
    ),
    (m) => [{ kind: 'vatNumber', country: 'GB', input: `GB${(m[1] ?? '').replace(/\D/g, '')}${m[2] ?? ''}` }],
  );

export type LabelRule = { label: RegExp; readers: readonly NumberReader[] };

// Each label says which registers its number can belong to; readers are tried in order and the
// first whose number validates wins. Unlabelled digit runs are never read: too many false hits.
export const LABEL_RULES: readonly LabelRule[] = [
  {
    label: /\b(?:organisasjons?(?:nummer|nr)|foretaksregisteret|enhetsregisteret|foretaksnummer)\b/giu,
    readers: [norwegian('marked')],
  },
  { label: /\borganisations(?:nummer|nr)\b/giu, readers: [swedish] },
  {
    label: /\b(?:org\.?\s?(?:nr|no|nummer)|orgnr|organi[sz]ation\s(?:number|no|nr))\b\.?/giu,
    readers: [norwegian('marked'), swedish],
  },
  {
    label: /\b(?:registration\s(?:number|no)|reg\.?\s?(?:no|nr))\b\.?/giu,
    readers: [norwegian('marked'), swedish, britishCompany('full')],
  },
  { label: /\bmva(?:[\s.-]?(?:nr|nummer|no))?\b\.?/giu, readers: [norwegian('always')] },
  {
    label: /\bmoms(?:reg(?:istrerings)?\.?\s?(?:nr|nummer)|[\s.-]?(?:nr|nummer|no))\b\.?/giu,
    readers: [swedishVat('optional'), danish('always')],
  },
  { label: /\bcvr(?:[\s.-]?(?:nr|nummer|no))?\b\.?/giu, readers: [danish('never')] },
  { label: /\b(?:kvk(?:[\s.-]?(?:nr|nummer|no))?|kamer\svan\skoophandel|chamber\sof\scommerce)\b\.?/giu, readers: [dutchKvk] },
  {
    label: /\b(?:btw(?:[\s.-]?(?:nr|nummer|id|identificatienummer))?|omzetbelastingnummer)\b\.?/giu,
    readers: [dutchVat('optional')],
  },
  {
    label:
      /\b(?:company\s(?:registration\s|reg\.?\s)?(?:number|no|nr)|registered\sin\s(?:england|scotland|wales|northern\sireland)(?:\s(?:and|&)\s(?:wales|england))?|registered\s(?:company\s)?(?:number|no)|crn)\b\.?/giu,
    readers: [britishCompany('short')],
  },
  {
    label: /\b(?:vat|tax\sid)\b\.?/giu,
    readers: [norwegian('required'), swedishVat('required'), danish('required'), dutchVat('required'), britishVat('optional')],
  },
];

/**
 * What may sit between a label and its number: punctuation and, with `words`, words such as
 * "no.", "nummer", "onder". Without words, for "VAT: NO 923 609 016", where "NO" is the prefix.
 */
export function skipFiller(tail: string, words: boolean): number {
  const filler = words
    ? /^(?:[\s:.,;#\-\u2013\u2014()/]+|(?:no|nr|num|number|nummer|is|er|är|onder|under|reg|registration|id)(?![\p{L}\d])\.?)/iu
    : /^[\s:.,;#\-\u2013\u2014()/]+/u;
  let offset = 0;
  for (let step = 0; step < 12; step++) {
    const m = filler.exec(tail.slice(offset));
    if (!m || m[0].length === 0) break;
    offset += m[0].length;
  }
  return offset;
}
