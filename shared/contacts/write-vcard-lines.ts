import type { VCardContactInput } from './vcard-contact';
import { writeVCardBirthday } from './vcard-birthday';
import { writeVCardPhone } from './vcard-phone';
import { escapeVCardText } from './vcard-text';

/**
 * A contact as vCard 4.0 content lines, unfolded and without line endings. Empty fields are
 * left out; N is always written (empty for a company) because many importers ignore FN alone.
 */
export function writeVCardLines(contact: VCardContactInput): string[] {
  const fn = fullName(contact);
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  // No person's name but a company: the company's own card (see vcard-name.ts). Saying so keeps
  // a reader from splitting FN into a first and last name.
  if (!contact.firstName?.trim() && !contact.lastName?.trim() && contact.organization?.trim()) lines.push('KIND:org');
  lines.push(`FN:${escapeVCardText(fn)}`);
  lines.push(`N:${structured([contact.lastName, contact.firstName, '', '', ''])}`);
  const org = [contact.organization, contact.department].map((part) => part?.trim() ?? '');
  if (org[0] || org[1]) lines.push(`ORG:${structured(org[1] ? org : [org[0]])}`);
  optional(lines, 'TITLE', contact.title);
  optional(lines, 'ROLE', contact.role);
  for (const email of contact.emails ?? []) {
    if (email.address.trim()) lines.push(`EMAIL${labelParams(email)}:${escapeVCardText(email.address.trim())}`);
  }
  for (const phone of contact.phones ?? []) {
    if (!phone.number.trim()) continue;
    const { valueType, value } = writeVCardPhone(phone.number);
    lines.push(`TEL;VALUE=${valueType}${labelParams(phone)}:${valueType === 'uri' ? value : escapeVCardText(value)}`);
  }
  for (const address of contact.addresses ?? []) {
    const { street, city, region, postalCode, country } = address;
    if (!street && !city && !region && !postalCode && !country) continue;
    lines.push(`ADR${labelParams(address)}:${structured(['', '', street, city, region, postalCode, country])}`);
  }
  for (const url of contact.urls ?? []) if (url.trim()) lines.push(`URL:${uri(url)}`);
  optional(lines, 'NOTE', contact.note);
  if (contact.birthday?.trim()) {
    const { valueType, value } = writeVCardBirthday(contact.birthday);
    lines.push(valueType === 'date' ? `BDAY:${value}` : `BDAY;VALUE=text:${escapeVCardText(value)}`);
  }
  const categories = (contact.categories ?? []).map((category) => category.trim()).filter(Boolean);
  if (categories.length) lines.push(`CATEGORIES:${categories.map(escapeVCardText).join(',')}`);
  optional(lines, 'UID', contact.uid);
  if (contact.photoUrl?.trim()) lines.push(`PHOTO:${uri(contact.photoUrl)}`);
  lines.push('END:VCARD');
  return lines;
}

/** FN is required: the full name, else first + last, else what the parser falls back to (vcard-name.ts). */
function fullName(contact: VCardContactInput): string {
  const personal = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  return (
    contact.fullName?.trim() ||
    personal ||
    contact.organization ||
    contact.emails?.[0]?.address ||
    contact.phones?.[0]?.number ||
    ''
  );
}

function optional(lines: string[], name: string, value: string | null | undefined): void {
  if (value?.trim()) lines.push(`${name}:${escapeVCardText(value.trim())}`);
}

function structured(parts: (string | null | undefined)[]): string {
  return parts.map((part) => escapeVCardText(part?.trim() ?? '')).join(';');
}

/** URIs are not text-escaped (RFC 6350 §3.4); a line break would end the property, so it goes. */
function uri(value: string): string {
  return value.trim().replace(/[\r\n]+/g, '');
}

/** `;TYPE=work,voice;PREF=1`. Param values cannot hold `"`, and a comma would split the type. */
function labelParams(item: { types?: string[]; preferred?: boolean }): string {
  const types = (item.types ?? [])
    .map((type) =>
      type
        .replace(/["\r\n,]/g, ' ')
        .trim()
        .toLowerCase(),
    )
    .filter((type) => type && type !== 'pref' && type !== 'internet');
  const list = [...new Set(types)].join(',');
  const typeParam = list ? `;TYPE=${/[;:]/.test(list) ? `"${list}"` : list}` : '';
  return typeParam + (item.preferred ? ';PREF=1' : '');
}
