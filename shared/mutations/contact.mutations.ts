import { z } from 'zod';
import { IdSchema, clearableText } from '../entities/base';
import { ContactFieldsSchema } from '../entities/contact';
import { defineMutation } from './mutation';
import { recordNotFound } from './error-text';
import { MutationError } from './mutation-error';
import { checkContactRefs, contactChannels } from './contact-rules';
import type { RecordFields } from './mutation-store';
import { requireAbsent, requireLive } from './require-live';

export const contactCreate = defineMutation({
  args: ContactFieldsSchema.partial().extend({
    id: IdSchema,
    firstName: ContactFieldsSchema.shape.firstName,
  }),
  async run(store, args) {
    await requireAbsent(store, 'contact', args.id);
    await checkContactRefs(store, args);
    const { id, email: _email, phone: _phone, emails: _emails, phones: _phones, ...fields } = args;
    await store.insert('contact', id, {
      ...newContactDefaults(),
      ...fields,
      ...contactChannels(args, undefined, args.address?.country),
    });
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});

export const contactUpdate = defineMutation({
  args: z.object({
    id: IdSchema,
    patch: ContactFieldsSchema.partial().refine((p) => Object.keys(p).length > 0, {
      message: 'errors.field.changeOne',
    }),
  }),
  async run(store, { id, patch }) {
    const current = await requireLive(store, 'contact', id);
    await checkContactRefs(store, patch, current);
    const { email: _email, phone: _phone, emails: _emails, phones: _phones, ...fields } = patch;
    const touchesChannels = ['email', 'phone', 'emails', 'phones'].some((k) => k in patch);
    const country = (patch.address ?? current.address)?.country;
    await store.update('contact', id, { ...fields, ...(touchesChannels && contactChannels(patch, current, country)) });
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});

/** A private customer gets the next number of the workspace's customer sequence, once. */
export const contactSetPrivateCustomer = defineMutation({
  args: z.object({ id: IdSchema, isPrivateCustomer: z.boolean() }),
  async run(store, { id, isPrivateCustomer }) {
    const current = await requireLive(store, 'contact', id);
    const customerNumber =
      isPrivateCustomer && current.customerNumber === null ? await store.nextCustomerNumber() : current.customerNumber;
    await store.update('contact', id, { isPrivateCustomer, customerNumber });
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});

export const contactDelete = defineMutation({
  args: z.object({ id: IdSchema }),
  async run(store, { id }) {
    const row = await store.get('contact', id);
    if (!row) throw new MutationError('notFound', recordNotFound('contact', id));
    if (row.deletedAt === null) await store.softDelete('contact', id);
  },
  affects: (args) => [{ entity: 'contact', id: args.id }],
});

/**
 * Links a contact to a company with a position. Linking an already linked pair updates the
 * position instead of adding a second link, so a replayed or duplicated link is harmless.
 */
export const contactLinkCompany = defineMutation({
  args: z.object({
    id: IdSchema,
    contactId: IdSchema,
    companyId: IdSchema,
    position: clearableText(200).optional(),
    isPrimary: z.boolean().optional(),
  }),
  async run(store, args) {
    await requireLive(store, 'contact', args.contactId);
    await requireLive(store, 'company', args.companyId);
    const links = (await store.linksOfContact(args.contactId)).filter((l) => l.deletedAt === null);
    const existing = links.find((l) => l.companyId === args.companyId);
    const isPrimary = args.isPrimary ?? (existing?.isPrimary || links.length === 0);
    if (isPrimary) {
      for (const other of links) {
        if (other.isPrimary && other.companyId !== args.companyId)
          await store.update('contactCompany', other.id, { isPrimary: false });
      }
    }
    if (existing) {
      const patch = { isPrimary, ...(args.position !== undefined && { position: args.position }) };
      await store.update('contactCompany', existing.id, patch);
      return;
    }
    await requireAbsent(store, 'contactCompany', args.id);
    await store.insert('contactCompany', args.id, {
      contactId: args.contactId,
      companyId: args.companyId,
      position: args.position ?? null,
      isPrimary,
    });
  },
  affects: (args) => [
    { entity: 'contactCompany', id: args.id },
    { entity: 'contact', id: args.contactId },
  ],
});

export const contactUnlinkCompany = defineMutation({
  args: z.object({ contactId: IdSchema, companyId: IdSchema }),
  async run(store, { contactId, companyId }) {
    const links = await store.linksOfContact(contactId);
    const live = links.filter((l) => l.companyId === companyId && l.deletedAt === null);
    if (live.length === 0) throw new MutationError('notFound', { key: 'errors.contact.notLinked' });
    for (const link of live) await store.softDelete('contactCompany', link.id);
  },
  affects: () => [],
});

/** Every contact field at its empty value; creates fill in what they were given. */
export function newContactDefaults(): RecordFields<'contact'> {
  return {
    firstName: '',
    lastName: null,
    email: null,
    phone: null,
    emails: [],
    phones: [],
    title: null,
    birthday: null,
    photoUrl: null,
    url: null,
    address: null,
    categoryIds: [],
    tagIds: [],
    ownerIds: [],
    notes: null,
    customFields: {},
    isPrivateCustomer: false,
    emailsBlocked: false,
    customerNumber: null,
  };
}
