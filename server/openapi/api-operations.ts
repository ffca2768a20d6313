import { z } from 'zod';
import { workOperations } from './work-operations';
import { accountOperations } from './account-operations';
import { timelineOperations } from './timeline-operations';
import { registerOperations } from './register-operations';
import { CompanyFieldsSchema, CompanySchema } from '../../shared/entities/company';
import { ContactFieldsSchema, ContactSchema } from '../../shared/entities/contact';
import { CompanyBulkRequestSchema } from '../../shared/filters/bulk-action';
import { CompanyFilterSchema } from '../../shared/filters/company-filter';
import { ContactBulkRequestSchema } from '../../shared/filters/contact-bulk-action';
import { ContactFilterSchema } from '../../shared/filters/contact-filter';
import { CompanyCreateBody, DuplicateProbe } from '../records/companies.routes';
import { ContactCreateBody, ContactLinkBody, EmailAccessBody } from '../records/contacts.routes';
import { HistoryRange } from '../records/history.routes';
import { SelectionBody, SelectionPatch, SelectionQuery } from '../records/saved-selections.routes';
import { ListQuerySchema } from '../records/list-query';
import { MemberCreateBody, MemberPatchBody, MemberSchema } from '../settings/members.routes';
import {
  AgreementCreateBody,
  AgreementPatchBody,
  InvoiceCreateBody,
  InvoicePatchBody,
  SummaryListQuery,
} from '../records/company-summaries.routes';
import { AgreementSchema, InvoiceSchema } from '../../shared/entities/company-summaries';
import { CompanyCountersSchema } from '../../shared/entities/company-counters';

export type Operation = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI path, `{id}` style. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  /** The body is raw bytes of one of these media types instead of JSON (an upload). */
  bodyMediaTypes?: readonly string[];
  /** The answer is raw bytes of one of these media types instead of JSON (a download). */
  responseMediaTypes?: readonly string[];
  public?: boolean;
};

const Page = (item: z.ZodType) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const Ok = z.object({ ok: z.literal(true) });

/** Every HTTP operation, with the same zod schemas the routes validate with. */
export const operations: Operation[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness and database check', tag: 'system', public: true, response: Ok },
  {
    method: 'get',
    path: '/api/companies',
    summary: 'List, filter and search companies (id lists are comma separated; custom fields as cf.<key>=<value>)',
    tag: 'companies',
    query: CompanyFilterSchema.omit({ customFields: true }).extend(ListQuerySchema.pick({ limit: true, cursor: true }).shape),
    response: Page(CompanySchema.extend({ counters: CompanyCountersSchema })),
  },
  {
    method: 'post',
    path: '/api/companies',
    summary:
      'Create a company; the answer lists existing companies it may duplicate (same org number, domain, e-mail or a similar name)',
    tag: 'companies',
    body: CompanyCreateBody,
  },
  {
    method: 'get',
    path: '/api/companies/ids',
    summary: 'Ids of every company matching a filter (the selection for a bulk action)',
    tag: 'companies',
    query: CompanyFilterSchema.omit({ customFields: true }),
  },
  {
    method: 'post',
    path: '/api/companies/bulk',
    summary: 'Apply a bulk action to up to 1,000 companies (send a larger selection in chunks)',
    tag: 'companies',
    body: CompanyBulkRequestSchema,
  },
  {
    method: 'get',
    path: '/api/companies/duplicates',
    summary: 'Existing companies with the same org number, domain or e-mail, or a very similar name',
    tag: 'companies',
    query: DuplicateProbe,
  },
  { method: 'get', path: '/api/companies/{id}', summary: 'A company card with contacts and units', tag: 'companies' },
  {
    method: 'patch',
    path: '/api/companies/{id}',
    summary: 'Change any company fields',
    tag: 'companies',
    body: CompanyFieldsSchema.partial(),
  },
  { method: 'delete', path: '/api/companies/{id}', summary: 'Move a company to the trash', tag: 'companies', response: Ok },
  {
    method: 'get',
    path: '/api/contacts',
    summary: 'List, filter and search contacts (id lists are comma separated; custom fields as cf.<key>=<value>)',
    tag: 'contacts',
    query: ContactFilterSchema.omit({ customFields: true }).extend(ListQuerySchema.pick({ limit: true, cursor: true }).shape),
    response: Page(ContactSchema),
  },
  { method: 'post', path: '/api/contacts', summary: 'Create a contact', tag: 'contacts', body: ContactCreateBody },
  {
    method: 'get',
    path: '/api/contacts/ids',
    summary: 'Ids of every contact matching a filter (the selection for a bulk action)',
    tag: 'contacts',
    query: ContactFilterSchema.omit({ customFields: true }),
  },
  {
    method: 'post',
    path: '/api/contacts/bulk',
    summary: 'Apply a bulk action to up to 1,000 contacts (send a larger selection in chunks); unknown list values are a 400',
    tag: 'contacts',
    body: ContactBulkRequestSchema,
  },
  { method: 'get', path: '/api/contacts/{id}', summary: 'A contact card with companies', tag: 'contacts' },
  {
    method: 'patch',
    path: '/api/contacts/{id}',
    summary: 'Change any contact fields',
    tag: 'contacts',
    body: ContactFieldsSchema.partial(),
  },
  { method: 'delete', path: '/api/contacts/{id}', summary: 'Move a contact to the trash', tag: 'contacts', response: Ok },
  {
    method: 'put',
    path: '/api/contacts/{id}/private-customer',
    summary: 'Make a contact a private customer (numbered from the customer sequence)',
    tag: 'contacts',
    body: z.object({ isPrivateCustomer: z.boolean() }),
  },
  {
    method: 'post',
    path: '/api/contacts/{id}/companies',
    summary: 'Link a contact to a company with a position',
    tag: 'contacts',
    body: ContactLinkBody,
  },
  {
    method: 'delete',
    path: '/api/contacts/{id}/companies/{companyId}',
    summary: 'Unlink a contact from a company',
    tag: 'contacts',
    response: Ok,
  },
  {
    method: 'get',
    path: '/api/settings/members',
    summary: 'Users of the workspace',
    tag: 'settings',
    response: z.object({ members: z.array(MemberSchema) }),
  },
  {
    method: 'post',
    path: '/api/settings/members',
    summary: 'Add a user with a first password (admins); an e-mail already in use is 409',
    tag: 'settings',
    body: MemberCreateBody,
    response: z.object({ member: MemberSchema }),
  },
  {
    method: 'patch',
    path: '/api/settings/members/{id}',
    summary:
      "Change a user's name or role, or deactivate (`active: false`: sessions and calendar feeds end at once) or reactivate them (admins); the last active admin stays an active admin (409)",
    tag: 'settings',
    body: MemberPatchBody,
    response: z.object({ member: MemberSchema }),
  },
  {
    method: 'get',
    path: '/api/agreements',
    summary: "A company's agreement summaries, newest first",
    tag: 'agreements',
    query: SummaryListQuery,
    response: z.object({ items: z.array(AgreementSchema) }),
  },
  {
    method: 'post',
    path: '/api/agreements',
    summary: 'Record an agreement (amounts in minor units)',
    tag: 'agreements',
    body: AgreementCreateBody,
  },
  { method: 'get', path: '/api/agreements/{id}', summary: 'One agreement', tag: 'agreements' },
  { method: 'patch', path: '/api/agreements/{id}', summary: 'Change an agreement', tag: 'agreements', body: AgreementPatchBody },
  { method: 'delete', path: '/api/agreements/{id}', summary: 'Delete an agreement', tag: 'agreements', response: Ok },
  {
    method: 'get',
    path: '/api/invoices',
    summary: "A company's invoice summaries, newest first",
    tag: 'invoices',
    query: SummaryListQuery,
    response: z.object({ items: z.array(InvoiceSchema) }),
  },
  {
    method: 'post',
    path: '/api/invoices',
    summary: 'Record an invoice (amounts in minor units)',
    tag: 'invoices',
    body: InvoiceCreateBody,
  },
  { method: 'get', path: '/api/invoices/{id}', summary: 'One invoice', tag: 'invoices' },
  { method: 'patch', path: '/api/invoices/{id}', summary: 'Change an invoice', tag: 'invoices', body: InvoicePatchBody },
  { method: 'delete', path: '/api/invoices/{id}', summary: 'Delete an invoice', tag: 'invoices', response: Ok },
  {
    method: 'get',
    path: '/api/history/{entity}/{id}',
    summary: 'Change history of a company or contact',
    tag: 'history',
    query: HistoryRange,
  },
  {
    method: 'get',
    path: '/api/selections',
    summary: "Saved selections: the caller's own and those shared with the workspace",
    tag: 'selections',
    query: SelectionQuery,
  },
  {
    method: 'post',
    path: '/api/selections',
    summary: 'Save a list filter (its URL query string) under a name, private or shared',
    tag: 'selections',
    body: SelectionBody,
  },
  {
    method: 'patch',
    path: '/api/selections/{id}',
    summary: 'Rename, re-share or change a saved selection (its owner)',
    tag: 'selections',
    body: SelectionPatch,
  },
  {
    method: 'delete',
    path: '/api/selections/{id}',
    summary: 'Delete a saved selection (its owner, or an admin)',
    tag: 'selections',
    response: Ok,
  },
  {
    method: 'put',
    path: '/api/contacts/{id}/email-access',
    summary: "Block (or unblock) access to a contact's logged e-mails: only admins see them then (admins)",
    tag: 'contacts',
    body: EmailAccessBody,
  },
  {
    method: 'get',
    path: '/api/trash',
    summary: 'Deleted companies or contacts (admins)',
    tag: 'trash',
    query: z.object({ entity: z.enum(['company', 'contact']).optional() }),
  },
  {
    method: 'post',
    path: '/api/trash/{entity}/{id}/restore',
    summary: 'Restore from the trash (admins)',
    tag: 'trash',
    response: Ok,
  },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', tag: 'system', public: true },
  ...timelineOperations,
  ...workOperations,
  ...registerOperations,
  ...accountOperations,
];
