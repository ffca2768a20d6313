import type { ParsedVCardContact, VCardAddress } from '../../../shared/contacts/vcard-contact';
import { currentI18n } from '../../ui/i18n/use-i18n';

/** What a card holds that a contact has no field for, as note lines, and what to call it in the preview. */
export type VCardExtras = { lines: string[]; names: string[] };

/**
 * A contact keeps one address and one web address and has no company text of its
 * own (companies are linked records: a company Fjord has is linked, see vcard-company-match). An import must not lose what the card says, so the rest
 * goes into the note, under a line saying where it came from, and the preview names it.
 */
export function vcardExtras(parsed: ParsedVCardContact, linked = false): VCardExtras {
  const { t } = currentI18n();
  const lines: string[] = [];
  const names: string[] = [];
  // A company Fjord has is linked instead; its department still has no field but the note.
  if (parsed.organization && (!linked || parsed.department)) {
    lines.push(t('import.note.company', { company: [parsed.organization, parsed.department].filter(Boolean).join(', ') }));
    if (!linked) names.push(t('import.extra.company', { organization: parsed.organization }));
    if (parsed.department) names.push(t('import.extra.department'));
  }
  if (parsed.title && parsed.role && parsed.role !== parsed.title) {
    lines.push(t('import.note.role', { role: parsed.role }));
    names.push(t('import.extra.role'));
  }
  const moreAddresses = parsed.addresses.slice(1);
  for (const address of moreAddresses) {
    const types = address.types.filter((type) => type !== 'pref');
    lines.push(
      types.length
        ? t('import.note.addressOfType', { types: types.join(', '), address: oneLine(address) })
        : t('import.note.address', { address: oneLine(address) }),
    );
  }
  if (moreAddresses.length) names.push(t('import.extra.addresses', { count: moreAddresses.length }));
  const moreUrls = parsed.urls.slice(1);
  for (const url of moreUrls) lines.push(t('import.note.web', { url }));
  if (moreUrls.length) names.push(t('import.extra.urls', { count: moreUrls.length }));
  return { lines, names };
}

/** The card's own note, then the extras under "From the vCard:". */
export function noteWithExtras(note: string | null, extras: VCardExtras): string | null {
  if (extras.lines.length === 0) return note;
  const heading = currentI18n().t('import.note.heading');
  return [note?.trim(), [heading, ...extras.lines].join('\n')].filter(Boolean).join('\n\n');
}

function oneLine(a: VCardAddress): string {
  const place = [a.postalCode, a.city].filter(Boolean).join(' ');
  return [a.street?.replace(/\n/g, ', '), place, a.region, a.country].filter(Boolean).join(', ');
}
