import type { z } from 'zod';
import type { Contact, ContactFieldsSchema } from '../../../../shared/entities/contact';
import type { CustomFields } from '../../../../shared/entities/custom-fields';
import { addressDraft, addressPayload, issue, type AddressDraft, type Issue } from '../../companies/form/company-draft';
import { entityFields, isFieldId } from '../../custom-fields/custom-field-defs';
import { typedPayload, valueDraft, type TypedDraft } from '../../custom-fields/custom-value-draft';
import { choicesFor, type Lookups } from '../../records/use-lookups';
import { mergeIssues, schemaIssues } from '../../ui/schema-issues';
import { ContactCreateBody } from '../../../../shared/api/contacts.api';
import { normalizePhone } from '../../../../shared/phone/normalize-phone';

/** What the form sends: every field it edits, the first name always (a create needs it). */
export type ContactPayload = Partial<z.input<typeof ContactFieldsSchema>> & { firstName: string };

/** One e-mail address or phone number with its label ("Work", "Mobile"); the first is the primary. */
export type ChannelDraft = { value: string; label: string };

/** The form's state: text as typed, so nothing the user entered is lost when a save fails. */
export type ContactDraft = {
  firstName: string;
  lastName: string;
  title: string;
  /** An ISO day, or '' for none; a birthday saved without its year is kept in `birthdayWithoutYear`. */
  birthday: string;
  birthdayWithoutYear: string | null;
  url: string;
  emails: ChannelDraft[];
  phones: ChannelDraft[];
  address: AddressDraft;
  categoryIds: string[];
  tagIds: string[];
  ownerIds: string[];
  notes: string;
  isPrivateCustomer: boolean;
  typed: TypedDraft[];
  /** What the contact holds, so free-form values and values of deleted definitions are kept. */
  savedCustomFields: CustomFields;
};

/**
 * The form for a contact, or a new one owned by `me` (the creator is the first one responsible).
 * Categories, tags and owners that were deleted are left out: the server refuses a list naming
 * them, and unchanged lists are not sent at all.
 */
export function contactDraft(contact: Contact | null, lookups: Lookups, me: string | null): ContactDraft {
  const c = contact;
  const live = (ids: string[], known: { id: string }[]) => ids.filter((id) => known.some((k) => k.id === id));
  const birthday = c?.birthday ?? '';
  return {
    firstName: c?.firstName ?? '',
    lastName: c?.lastName ?? '',
    title: c?.title ?? '',
    birthday: birthday.startsWith('--') ? '' : birthday,
    birthdayWithoutYear: birthday.startsWith('--') ? birthday : null,
    url: c?.url ?? '',
    emails: (c?.emails ?? []).map((e) => ({ value: e.address, label: e.label ?? '' })),
    phones: (c?.phones ?? []).map((p) => ({ value: p.number, label: p.label ?? '' })),
    address: addressDraft(c?.address ?? null),
    categoryIds: live(c?.categoryIds ?? [], choicesFor(lookups, 'category', 'contact')),
    tagIds: live(c?.tagIds ?? [], choicesFor(lookups, 'tag', 'contact')),
    ownerIds: c ? live(c.ownerIds, lookups.members) : me && lookups.members.some((m) => m.id === me) ? [me] : [],
    notes: c?.notes ?? '',
    isPrivateCustomer: c?.isPrivateCustomer ?? false,
    typed: entityFields(lookups, 'contact').map((field) => ({ field, value: valueDraft(field, c?.customFields[field.id]) })),
    savedCustomFields: c?.customFields ?? {},
  };
}

const text = (s: string) => s.trim() || null;

/** Rows left blank are dropped; a label without an address is a problem the form names. */
function channels(rows: ChannelDraft[], field: 'emails' | 'phones', issues: Issue[]) {
  const out: { value: string; label: string | null }[] = [];
  for (const row of rows) {
    if (!row.value.trim() && !row.label.trim()) continue;
    if (!row.value.trim()) issues.push(issue([field, out.length], 'dashboard.form.required'));
    out.push({ value: row.value.trim(), label: text(row.label) });
  }
  return out;
}

/** A number the server could not read in the contact's country (Norway when none is given), by row. */
function phoneIssues(phones: { number: string }[], country: string | null | undefined): Issue[] {
  return phones.flatMap((phone, index) =>
    phone.number && !normalizePhone(phone.number, country ?? 'NO').ok
      ? [issue(['phones', index, 'number'], 'errors.phone.invalid', { number: phone.number })]
      : [],
  );
}

/**
 * Every field as the API takes it (`isPrivateCustomer` apart: it has its own call, which numbers
 * the customer) and the problems the form can see before asking the server.
 */
export function draftPayload(d: ContactDraft): { payload: ContactPayload; issues: Issue[] } {
  const issues: Issue[] = [];
  if (!d.firstName.trim()) issues.push(issue(['firstName'], 'dashboard.form.required'));
  const { values, problems } = typedPayload(d.typed, d.savedCustomFields);
  for (const [key, message] of Object.entries(problems)) issues.push({ path: [key], message });
  // Free-form values and values of deleted definitions stay as they were: this form does not show them.
  const kept = Object.entries(d.savedCustomFields).filter(([key]) => !isFieldId(key) || !d.typed.some((t) => t.field.id === key));
  const payload: ContactPayload = {
    firstName: d.firstName.trim(),
    lastName: text(d.lastName),
    title: text(d.title),
    birthday: d.birthday || d.birthdayWithoutYear || null,
    url: text(d.url),
    emails: channels(d.emails, 'emails', issues).map((e) => ({ address: e.value, label: e.label })),
    phones: channels(d.phones, 'phones', issues).map((p) => ({ number: p.value, label: p.label })),
    address: addressPayload(d.address),
    categoryIds: d.categoryIds,
    tagIds: d.tagIds,
    ownerIds: d.ownerIds,
    notes: text(d.notes),
    customFields: { ...Object.fromEntries(kept), ...values },
  };
  // Every problem at once: the form's own, the server's schema's and the phone rule's.
  const all = mergeIssues(issues, [
    ...schemaIssues(ContactCreateBody, payload),
    ...phoneIssues(payload.phones ?? [], payload.address?.country),
  ]);
  return { payload, issues: all };
}
