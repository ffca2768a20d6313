import { z } from 'zod';
import { IdSchema, clearableText } from '../entities/base';
import { CompanySchema } from '../entities/company';
import { ContactFieldsSchema, ContactSchema } from '../entities/contact';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const ContactCreateBody = ContactFieldsSchema.partial().extend({
  id: IdSchema.optional(),
  firstName: ContactFieldsSchema.shape.firstName,
});
export const ContactPatchBody = ContactFieldsSchema.partial();
export const EmailAccessBody = z.object({ blocked: z.boolean() });
export const PrivateCustomerBody = z.object({ isPrivateCustomer: z.boolean() });
export const ContactLinkBody = z.object({
  companyId: IdSchema,
  position: clearableText(200).optional(),
  isPrimary: z.boolean().optional(),
});

/** A company the person works at, with the link's position. */
export const ContactCompanyLinkSchema = z.object({
  company: CompanySchema,
  linkId: z.string(),
  position: z.string().nullable(),
  isPrimary: z.boolean(),
});
const Companies = z.object({ companies: z.array(ContactCompanyLinkSchema) });
export const ContactCardSchema = z.object({ contact: ContactSchema }).extend(Companies.shape);
export type ContactCard = z.infer<typeof ContactCardSchema>;

const ContactAnswer = z.object({ contact: ContactSchema });
const tags = ['contacts'];

/** A contact's card, its writes and its company links; the list, ids, count and bulk are the record list's. */
export const contactsApi = {
  get: defineOperation({
    method: 'get',
    path: '/api/contacts/{id}',
    summary: 'A contact card with companies',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(ContactCardSchema) },
  }),
  create: defineOperation({
    method: 'post',
    path: '/api/contacts',
    summary: 'Create a contact',
    tags,
    request: { body: jsonBody(ContactCreateBody) },
    responses: { 201: jsonAnswer(ContactAnswer, 'Created') },
  }),
  update: defineOperation({
    method: 'patch',
    path: '/api/contacts/{id}',
    summary: 'Change any contact fields',
    tags,
    request: { params: IdParams, body: jsonBody(ContactPatchBody) },
    responses: { 200: jsonAnswer(ContactAnswer) },
  }),
  remove: defineOperation({
    method: 'delete',
    path: '/api/contacts/{id}',
    summary: 'Move a contact to the trash',
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
  setPrivateCustomer: defineOperation({
    method: 'put',
    path: '/api/contacts/{id}/private-customer',
    summary: 'Make a contact a private customer (numbered from the customer sequence)',
    tags,
    request: { params: IdParams, body: jsonBody(PrivateCustomerBody) },
    responses: { 200: jsonAnswer(ContactAnswer) },
  }),
  setEmailAccess: defineOperation({
    method: 'put',
    path: '/api/contacts/{id}/email-access',
    summary: "Block (or unblock) access to a contact's logged e-mails: only admins see them then (admins)",
    tags,
    request: { params: IdParams, body: jsonBody(EmailAccessBody) },
    responses: { 200: jsonAnswer(ContactAnswer) },
  }),
  linkCompany: defineOperation({
    method: 'post',
    path: '/api/contacts/{id}/companies',
    summary: "Link a contact to a company with a position; answers the contact's companies",
    tags,
    request: { params: IdParams, body: jsonBody(ContactLinkBody) },
    responses: { 201: jsonAnswer(Companies, 'Linked') },
  }),
  unlinkCompany: defineOperation({
    method: 'delete',
    path: '/api/contacts/{id}/companies/{companyId}',
    summary: 'Unlink a contact from a company',
    tags,
    request: { params: z.object({ id: IdSchema, companyId: IdSchema }) },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
