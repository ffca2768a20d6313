import { toVCards } from '../../../shared/contacts/vcard';
import type { VCardContactInput } from '../../../shared/contacts/vcard-contact';
import type { Contact } from '../../../shared/entities/contact';
import type { Lookups } from '../records/use-lookups';

export const VCARD_TYPE = 'text/vcard;charset=utf-8';

/**
 * A contact as vCard 4.0 input. Labels become TYPE parameters, categories go by name, and the
 * contact's id becomes the UID so another system can tell the same person apart on a re-import.
 * `organization` is the company the person works at, when the caller knows it.
 */
export function contactToVCard(contact: Contact, lookups: Lookups | null, organization?: string | null): VCardContactInput {
  const types = (label: string | null) => (label ? [label] : []);
  const address = contact.address;
  return {
    firstName: contact.firstName,
    lastName: contact.lastName,
    organization: organization ?? null,
    title: contact.title,
    birthday: contact.birthday,
    emails: contact.emails.map((e, i) => ({
      address: e.address,
      types: types(e.label),
      preferred: i === 0 && contact.emails.length > 1,
    })),
    phones: contact.phones.map((p, i) => ({
      number: p.number,
      types: types(p.label),
      preferred: i === 0 && contact.phones.length > 1,
    })),
    addresses: address ? [{ ...address, types: [] }] : [],
    urls: contact.url ? [contact.url] : [],
    note: contact.notes,
    // A deleted category is left out, not exported as "(deleted)".
    categories: lookups ? contact.categoryIds.flatMap((id) => lookups.items.find((item) => item.id === id)?.name ?? []) : [],
    uid: `urn:uuid:${contact.id}`,
    photoUrl: contact.photoUrl,
  };
}

/** One .vcf file with a card per contact, in the order given. */
export function vcardFile(contacts: Contact[], lookups: Lookups | null): Blob {
  return new Blob([toVCards(contacts.map((c) => contactToVCard(c, lookups)))], { type: VCARD_TYPE });
}
