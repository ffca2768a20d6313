import { z } from 'zod';
import { workOperations } from './work-operations';
import { accountOperations } from './account-operations';
import { timelineOperations } from './timeline-operations';
import { registerOperations } from './register-operations';
import { SelectionBody, SelectionPatch, SelectionQuery } from '../../shared/api/saved-selections.api';
import { MemberCreateBody, MemberPatchBody, MemberSchema } from '../../shared/api/members.api';
import {
  AgreementCreateBody,
  AgreementPatchBody,
  InvoiceCreateBody,
  InvoicePatchBody,
  SummaryListQuery,
} from '../../shared/api/company-summaries.api';
import { AgreementSchema, InvoiceSchema } from '../../shared/entities/company-summaries';

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

const Ok = z.object({ ok: z.literal(true) });

/** Every HTTP operation, with the same zod schemas the routes validate with. */
export const operations: Operation[] = [
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
  { method: 'get', path: '/api/openapi.json', summary: 'This document', tag: 'system', public: true },
  ...timelineOperations,
  ...workOperations,
  ...registerOperations,
  ...accountOperations,
];
