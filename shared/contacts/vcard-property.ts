/**
 * One content line, `group.NAME;PARAM=a,b;BARE:value`, with the value still raw (escaped and,
 * for 2.1, possibly quoted-printable). Names and parameter keys are upper-cased; TYPE values
 * are lower-cased and split, so `TEL;WORK;VOICE`, `TYPE=work,voice`, `TYPE="work,voice"` and
 * `TYPE=WORK;TYPE=VOICE` all read as `['work', 'voice']`.
 */
export type VCardProperty = {
  group: string | null;
  name: string;
  params: Record<string, string[]>;
  types: string[];
  value: string;
};

const NAME = /^(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)$/;
// vCard 2.1 allows parameter values without their key; these are encodings, not types.
const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Null for a line that is not a property (stray base64, garbage): the card reader skips it. */
export function parseVCardProperty(line: string): VCardProperty | null {
  const colon = indexOutsideQuotes(line, ':');
  if (colon < 0) return null;
  const [head = '', ...rawParams] = splitOutsideQuotes(line.slice(0, colon), ';');
  const name = NAME.exec(head.trim());
  if (!name) return null;
  const params: Record<string, string[]> = {};
  for (const raw of rawParams) addParam(params, raw);
  const types = (params.TYPE ?? [])
    .flatMap((type) => type.split(','))
    .map((type) =>
      type
        .replace(/["\s]+/g, ' ')
        .trim()
        .toLowerCase(),
    );
  return {
    group: name[1]?.toLowerCase() ?? null,
    name: (name[2] ?? '').toUpperCase(),
    params,
    types: [...new Set(types.filter(Boolean))],
    value: line.slice(colon + 1),
  };
}

function addParam(params: Record<string, string[]>, raw: string): void {
  const equals = raw.indexOf('=');
  let key = equals < 0 ? 'TYPE' : raw.slice(0, equals).trim().toUpperCase();
  const values = splitOutsideQuotes(equals < 0 ? raw : raw.slice(equals + 1), ',').map(paramValue);
  if (equals < 0 && BARE_ENCODINGS.has(raw.trim().toUpperCase())) key = 'ENCODING';
  if (!key) return;
  params[key] = [...(params[key] ?? []), ...values.filter((value) => value !== '')];
}

/** Unquotes and applies RFC 6868 caret escapes (^n newline, ^' double quote, ^^ caret). */
function paramValue(raw: string): string {
  const trimmed = raw.trim();
  const unquoted = trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"') ? trimmed.slice(1, -1) : trimmed;
  return unquoted.replace(/\^(n|N|'|\^)/g, (_, code: string) => (code === "'" ? '"' : code === '^' ? '^' : '\n'));
}

function indexOutsideQuotes(text: string, char: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === char && !quoted) return i;
  }
  // An unclosed quote would hide the colon: fall back to the first colon rather than lose the line.
  return quoted ? text.indexOf(char) : -1;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === separator && !quoted) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
