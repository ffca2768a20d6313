import type { ParsedVCardContact, VCardAddress } from '../../../shared/contacts/vcard-contact';

/** What a card holds that a contact has no field for, as note lines, and what to call it in the preview. */
export type VCardExtras = { lines: string[]; names: string[] };

/**
 * A contact keeps one address and one web address and has no birthday or company text of its
 * own (companies are linked records). An import must not lose what the card says, so the rest
 * goes into the note, under a line saying where it came from, and the preview names it.
 */
export function vcardExtras(parsed: ParsedVCardContact): VCardExtras {
  const lines: string[] = [];
  const names: string[] = [];
  if (parsed.organization) {
    lines.push(`Company: ${[parsed.organization, parsed.department].filter(Boolean).join(', ')}`);
    names.push(`company "${parsed.organization}" (not linked)`);
    if (parsed.department) names.push('department');
  }
  if (parsed.title && parsed.role && parsed.role !== parsed.title) {
    lines.push(`Role: ${parsed.role}`);
    names.push('role');
  }
  if (parsed.birthday) {
    lines.push(`Birthday: ${parsed.birthday}`);
    names.push('birthday');
  }
  const moreAddresses = parsed.addresses.slice(1);
  for (const address of moreAddresses) lines.push(`Address${typesOf(address.types)}: ${oneLine(address)}`);
  if (moreAddresses.length) names.push(count(moreAddresses.length, 'more address', 'more addresses'));
  const moreUrls = parsed.urls.slice(1);
  for (const url of moreUrls) lines.push(`Web: ${url}`);
  if (moreUrls.length) names.push(count(moreUrls.length, 'more web address', 'more web addresses'));
  return { lines, names };
}

/** The card's own note, then the extras under "From the vCard:". */
export function noteWithExtras(note: string | null, extras: VCardExtras): string | null {
  if (extras.lines.length === 0) return note;
  return [note?.trim(), ['From the vCard:', ...extras.lines].join('\n')].filter(Boolean).join('\n\n');
}

function oneLine(a: VCardAddress): string {
  const place = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [a.street?.replace(/\n/g, ', '), place, a.region, a.country].filter(Boolean).join(', ');
}

function typesOf(types: string[]): string {
  const shown = types.filter((t) => t !== 'pref');
  return shown.length ? ` (${shown.join(', ')})` : '';
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
