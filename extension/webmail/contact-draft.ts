import { parseSignature } from '../../shared/mail/parse-signature';
import type { Conversation, Mailbox } from './conversation';

/** "Add contact" prefilled for an unknown participant; every field stays editable in the form. */
export type ContactDraft = {
  firstName: string;
  lastName: string;
  title: string;
  email: string;
  phones: string[];
  website: string;
  address: string;
  /** The company the signature names; a suggestion by domain comes from the cache instead. */
  companyName: string;
};

/**
 * From the display name, the address, and the signature of the person's latest message in the
 * conversation (their own text, not quoted history). Someone who only received messages has no
 * signature here: name and address are all there is.
 */
export function contactDraftFor(person: Mailbox, conversation: Conversation): ContactDraft {
  const address = person.address.trim().toLowerCase();
  const latest = conversation.messages.findLast((m) => m.from.address.trim().toLowerCase() === address);
  const signature = latest
    ? parseSignature(latest.text, { name: person.name ?? undefined, address: person.address })
    : { phones: [], emails: [] };
  const [firstName, lastName] = splitName(signature.name ?? person.name ?? localPart(address));
  return {
    firstName,
    lastName,
    title: signature.title ?? '',
    email: person.address.trim(),
    phones: signature.phones,
    website: signature.website ?? '',
    address: signature.address ?? '',
    companyName: signature.company ?? '',
  };
}

/** "Nordmann, Kari" and "Kari Nordmann" alike; a single word is a first name. */
export function splitName(full: string): [string, string] {
  const name = full
    .replace(/^["']|["']$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const comma = /^([^,]+),\s*(.+)$/.exec(name);
  if (comma) return [comma[2]!, comma[1]!];
  const space = name.lastIndexOf(' ');
  return space > 0 ? [name.slice(0, space), name.slice(space + 1)] : [name, ''];
}

/** "kari.nordmann@…" → "Kari Nordmann": better than nothing when the page shows no name. */
function localPart(address: string): string {
  return address
    .split('@')[0]!
    .split(/[._-]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');
}
