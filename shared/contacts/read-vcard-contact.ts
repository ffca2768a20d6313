import type { ParsedVCardContact, VCardAddress } from './vcard-contact';
import { entryTypes, groupLabels, preferredFlags, readVCardEntries, type VCardEntry } from './vcard-entries';
import { readVCardBirthday } from './vcard-birthday';
import { vcardName, type VCardName } from './vcard-name';
import { readVCardPhone } from './vcard-phone';
import { splitVCardValue, unescapeVCardText, vcardComponents, vcardList } from './vcard-text';

type Card = { all: (name: string) => VCardEntry[]; text: (name: string) => string | null; labels: Map<string, string> };

/**
 * The contact on one card, from its unfolded content lines; null when the card holds nothing
 * to import. Properties the CRM has no field for (GEO, KEY, LOGO, X-…) are left out, and so
 * are inline binary ones (a base64 PHOTO).
 */
export function readVCardContact(lines: string[]): ParsedVCardContact | null {
  const entries = readVCardEntries(lines).filter((entry) => !entry.binary);
  const all = (name: string) => entries.filter((entry) => entry.name === name);
  const card: Card = { all, text: (name) => all(name).map(textOf).find(Boolean) ?? null, labels: groupLabels(entries) };
  const [organization = '', ...units] = all('ORG').map((entry) => vcardComponents(entry.value))[0] ?? [];
  const emails = labelled(card, 'EMAIL', (value) =>
    unescapeVCardText(value)
      .trim()
      .replace(/^mailto:/i, ''),
  );
  const phones = labelled(card, 'TEL', readVCardPhone);
  const name = readName(card, organization, emails[0]?.value ?? phones[0]?.value ?? null);
  const bday = all('BDAY')[0];
  const contact: ParsedVCardContact = {
    ...name,
    organization: organization || null,
    department: units.filter(Boolean).join(', ') || null,
    title: card.text('TITLE'),
    role: card.text('ROLE'),
    emails: emails.map(({ value, types, preferred }) => ({ address: value, types, preferred })),
    phones: phones.map(({ value, types, preferred }) => ({ number: value, types, preferred })),
    addresses: all('ADR').flatMap((entry) => readAddress(entry, card.labels)),
    urls: unique(all('URL').map(textOf)),
    note: all('NOTE').map(textOf).filter(Boolean).join('\n\n') || null,
    birthday: bday ? readVCardBirthday(textOf(bday), bday.params['X-APPLE-OMIT-YEAR']?.[0]) : null,
    categories: unique(all('CATEGORIES').flatMap((entry) => vcardList(entry.value))),
    uid: card.text('UID'),
    photoUrl:
      all('PHOTO')
        .map(textOf)
        .find((url) => /^https?:\/\//i.test(url)) ?? null,
  };
  return hasContent(contact) ? contact : null;
}

/**
 * A card with only an address or a note is still someone's data, so it is kept (with an empty
 * name for the import screen to flag); one with only a UID, a photo or a birthday is not.
 */
function hasContent(contact: ParsedVCardContact): boolean {
  const { fullName, title, role, addresses, urls, note } = contact;
  return Boolean(fullName || title || role || addresses.length || urls.length || note);
}

function readName(card: Card, organization: string, contactPoint: string | null): VCardName {
  const fn = card.text('FN');
  const n = card.all('N')[0];
  const isCompany =
    /^org/i.test(card.text('KIND') ?? '') || /^company$/i.test(card.text('X-ABSHOWAS') ?? '') || (!!fn && fn === organization);
  return vcardName({
    n: n ? splitVCardValue(n.value, ';').map(vcardList) : null,
    fn,
    isCompany,
    fallback: organization || contactPoint,
  });
}

type Labelled = { value: string; types: string[]; preferred: boolean };

function labelled(card: Card, name: string, read: (value: string) => string): Labelled[] {
  const entries = card.all(name);
  const preferred = preferredFlags(entries);
  return entries
    .map((entry, i) => ({ value: read(entry.value), types: entryTypes(entry, card.labels), preferred: preferred[i] ?? false }))
    .filter((item) => item.value !== '');
}

/** ADR: PO box; extended (suite, c/o); street; locality; region; postal code; country. */
function readAddress(entry: VCardEntry, labels: Map<string, string>): VCardAddress[] {
  const [poBox = '', extended = '', street = '', city = '', region = '', postalCode = '', country = ''] = vcardComponents(
    entry.value,
  );
  const orNull = (part: string) => part || null;
  const address = {
    street: orNull([street, extended, poBox].filter(Boolean).join('\n')),
    postalCode: orNull(postalCode),
    city: orNull(city),
    region: orNull(region),
    country: orNull(country),
  };
  return Object.values(address).some(Boolean) ? [{ ...address, types: entryTypes(entry, labels) }] : [];
}

function textOf(entry: VCardEntry): string {
  return unescapeVCardText(entry.value).trim();
}

function unique(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}
