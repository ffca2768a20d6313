import type { Contact, ContactFields } from '../entities/contact';
import { normalizePhone } from '../phone/normalize-phone';
import { notAMember, requireListItem } from './company-rules';
import { checkCustomFieldValues } from './custom-field-values';
import type { ErrorText } from './error-text';
import { MutationError } from './mutation-error';
import type { MutationStore } from './mutation-store';

type Stored = Pick<Contact, 'email' | 'emails' | 'phone' | 'phones'>;

/**
 * The stored e-mail and phone lists from what the client sent: whole lists, or the `email` /
 * `phone` shorthand replacing the primary entry. Phones are stored in E.164, read in the
 * contact's country (Norway when none is known).
 */
export function contactChannels(
  fields: Partial<ContactFields>,
  current: Stored | undefined,
  country: string | null | undefined,
): Stored {
  let emails = current?.emails ?? [];
  if (fields.emails) emails = fields.emails.map((e) => ({ address: e.address.toLowerCase(), label: e.label ?? null }));
  else if ('email' in fields)
    emails = replacePrimary(emails, fields.email ? { address: fields.email.toLowerCase(), label: null } : null);
  let phones = current?.phones ?? [];
  if (fields.phones) phones = fields.phones.map((p) => ({ number: e164(p.number, country), label: p.label ?? null }));
  else if ('phone' in fields)
    phones = replacePrimary(phones, fields.phone ? { number: e164(fields.phone, country), label: null } : null);
  return { emails, phones, email: emails[0]?.address ?? null, phone: phones[0]?.number ?? null };
}

function replacePrimary<T extends { label: string | null }>(list: T[], primary: T | null): T[] {
  const rest = list.slice(1);
  return primary ? [{ ...primary, label: list[0]?.label ?? null }, ...rest] : rest;
}

function e164(number: string, country: string | null | undefined): string {
  const result = normalizePhone(number, country ?? 'NO');
  if (!result.ok) {
    const problem: ErrorText = number.trim()
      ? { key: 'errors.phone.invalid', values: { number } }
      : { key: 'errors.phone.empty' };
    throw new MutationError('invalid', problem, 'phones');
  }
  return result.e164;
}

export async function checkContactRefs(store: MutationStore, fields: Partial<ContactFields>, current?: Partial<ContactFields>) {
  for (const id of fields.categoryIds ?? []) await requireListItem(store, id, 'category', 'categoryIds', 'contact');
  for (const id of fields.tagIds ?? []) await requireListItem(store, id, 'tag', 'tagIds', 'contact');
  // An owner who has since left stays on the contacts they had, as on companies.
  for (const id of (fields.ownerIds ?? []).filter((o) => !(current?.ownerIds ?? []).includes(o))) {
    if (!(await store.isMember(id))) throw new MutationError('invalid', notAMember(id), 'ownerIds');
  }
  if (fields.customFields) await checkCustomFieldValues(store, 'contact', fields.customFields, current?.customFields);
}
