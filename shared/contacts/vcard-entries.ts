import { decodeBytes } from './decode-bytes';
import { decodeQuotedPrintable } from './quoted-printable';
import { parseVCardProperty, type VCardProperty } from './vcard-property';
import { unescapeVCardText } from './vcard-text';

/** A property whose value is text again: quoted-printable and its charset already decoded. */
export type VCardEntry = VCardProperty & { binary: boolean };

export function readVCardEntries(lines: string[]): VCardEntry[] {
  const entries: VCardEntry[] = [];
  for (const line of lines) {
    const property = parseVCardProperty(line);
    if (property) entries.push(decodeEntry(property));
  }
  return entries;
}

function decodeEntry(property: VCardProperty): VCardEntry {
  const encodings = (property.params.ENCODING ?? []).map((encoding) => encoding.toUpperCase());
  if (encodings.includes('QUOTED-PRINTABLE')) {
    const bytes = decodeQuotedPrintable(property.value);
    return { ...property, value: decodeBytes(bytes, property.params.CHARSET?.[0]), binary: false };
  }
  return { ...property, binary: encodings.includes('B') || encodings.includes('BASE64') };
}

/**
 * Apple and Google put a custom label on a grouped property: `item1.TEL:…` with
 * `item1.X-ABLabel:Sentralbord`, or `_$!<Mobile>!$_` for Apple's built-in ones. The label is
 * added to the property's types, lower-cased like them.
 */
export function groupLabels(entries: VCardEntry[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const entry of entries) {
    if (entry.name !== 'X-ABLABEL' || !entry.group) continue;
    const label = unescapeVCardText(entry.value)
      .replace(/^_\$!<(.*)>!\$_$/, '$1')
      .trim()
      .toLowerCase();
    if (label) labels.set(entry.group, label);
  }
  return labels;
}

// `pref` becomes `preferred`; `internet` is on every 3.0 e-mail address and says nothing.
const NOT_TYPES = new Set(['pref', 'internet']);

export function entryTypes(entry: VCardEntry, labels: Map<string, string>): string[] {
  const label = entry.group ? labels.get(entry.group) : undefined;
  const types = entry.types.filter((type) => !NOT_TYPES.has(type));
  return [...new Set(label ? [...types, label] : types)];
}

/**
 * 2.1 and 3.0 mark the preferred one with TYPE=pref; 4.0 ranks with PREF=1..100, lowest first,
 * so the preferred ones are those with the lowest PREF on the card.
 */
export function preferredFlags(entries: VCardEntry[]): boolean[] {
  const ranks = entries.map((entry) => Number.parseInt(entry.params.PREF?.[0] ?? '', 10));
  const best = Math.min(...ranks.filter((rank) => Number.isFinite(rank)));
  return entries.map((entry, i) => entry.types.includes('pref') || ranks[i] === best);
}
