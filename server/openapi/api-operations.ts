import { z } from 'zod';
import { CompanyFieldsSchema, CompanySchema } from '../../shared/entities/company';
import { ContactFieldsSchema, ContactSchema } from '../../shared/entities/contact';
import { ListItemSchema, ListKindSchema } from '../../shared/entities/list-item';
import { CompanyBulkRequestSchema } from '../../shared/filters/bulk-action';
import { CompanyFilterSchema } from '../../shared/filters/company-filter';
import { PullQuerySchema, PushRequestSchema } from '../../shared/sync/protocol';
import { LoginBody } from '../auth/auth.routes';
import { CompanyCreateBody, DuplicateProbe } from '../records/companies.routes';
import { ContactCreateBody, ContactLinkBody } from '../records/contacts.routes';
import { HistoryRange } from '../records/history.routes';
import { ListQuerySchema } from '../records/list-query';
import { ListItemCreateBody, ListItemPatchBody } from '../settings/list-items.routes';

export type Operation = {
  method: 'get' | 'post' | 'patch' | 'put' | 'delete';
  /** OpenAPI path, `{id}` style. */
  path: string;
  summary: string;
  tag: string;
  query?: z.ZodObject;
  body?: z.ZodType;
  response?: z.ZodType;
  public?: boolean;
};

const Page = (item: z.ZodType) => z.object({ items: z.array(item), nextCursor: z.string().nullable() });
const Ok = z.object({ ok: z.literal(true) });

/** Every HTTP operation, with the same zod schemas the routes validate with. */
export const operations: Operation[] = [
  { method: 'get', path: '/api/health', summary: 'Liveness and database check', tag: 'system', public: true, response: Ok },
  {
    method: 'post',
    path: '/api/auth/login',
    summary: 'Sign in; returns a bearer token',
    tag: 'auth',
    public: true,
    body: LoginBody,
  },
  { method: 'post', path: '/api/auth/logout', summary: 'Revoke the current token', tag: 'auth', response: Ok },
  { method: 'get', path: '/api/auth/me', summary: 'The signed-in user and workspace', tag: 'auth' },
  {
    method: 'get',
    path: '/api/companies',
    summary: 'List, filter and search companies (id lists are comma separated; custom fields as cf.<key>=<value>)',
    tag: 'companies',
    query: CompanyFilterSchema.omit({ customFields: true }).extend(ListQuerySchema.pick({ limit: true, cursor: true }).shape),
    response: Page(CompanySchema),
  },
  { method: 'post', path: '/api/companies', summary: 'Create a company', tag: 'companies', body: CompanyCreateBody },
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
    summary: 'List and search contacts',
    tag: 'contacts',
    query: ListQuerySchema,
    response: Page(ContactSchema),
  },
  { method: 'post', path: '/api/contacts', summary: 'Create a contact', tag: 'contacts', body: ContactCreateBody },
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
    path: '/api/settings/lists',
    summary: 'Configurable lists',
    tag: 'settings',
    query: z.object({ kind: ListKindSchema.optional() }),
    response: z.object({ items: z.array(ListItemSchema) }),
  },
  {
    method: 'post',
    path: '/api/settings/lists',
    summary: 'Add a list value (admins)',
    tag: 'settings',
    body: ListItemCreateBody,
  },
  {
    method: 'patch',
    path: '/api/settings/lists/{id}',
    summary: 'Rename or reorder a list value (admins)',
    tag: 'settings',
    body: ListItemPatchBody,
  },
  { method: 'delete', path: '/api/settings/lists/{id}', summary: 'Delete a list value (admins)', tag: 'settings', response: Ok },
  { method: 'get', path: '/api/settings/members', summary: 'Users of the workspace', tag: 'settings' },
  {
    method: 'get',
    path: '/api/history/{entity}/{id}',
    summary: 'Change history of a company or contact',
    tag: 'history',
    query: HistoryRange,
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
  {
    method: 'post',
    path: '/sync/push',
    summary: 'Push named mutations (idempotent per client and mutation id)',
    tag: 'sync',
    body: PushRequestSchema,
  },
  { method: 'get', path: '/sync/pull', summary: 'Changes since a cursor', tag: 'sync', query: PullQuerySchema },
  { method: 'get', path: '/sync/events', summary: 'Server-sent events: the workspace version moved', tag: 'sync' },
  { method: 'get', path: '/api/openapi.json', summary: 'This document', tag: 'system', public: true },
];
