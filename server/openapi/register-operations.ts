import { z } from 'zod';
import { CreditRatingSchema, CreditProviderIdSchema } from '../../shared/credit/credit-rating';
import { RateBody } from '../../shared/api/credit.api';
import { ReadBody } from '../../shared/api/notifications.api';
import { RegisterSettingsBody } from '../../shared/api/registers-settings.api';
import type { Operation } from './api-operations';

const Ok = z.object({ ok: z.literal(true) });
const Entry = CreditRatingSchema.extend({ id: z.string(), change: z.string().nullable(), fetchedAt: z.number() });
const Notification = z.object({
  id: z.string(),
  companyId: z.string().nullable(),
  kind: z.string(),
  title: z.string(),
  body: z.string().nullable(),
  createdAt: z.number(),
  readAt: z.number().nullable(),
});

/** Issue 5: company registers, credit ratings and monitoring, notifications. */
export const registerOperations: Operation[] = [
  {
    method: 'get',
    path: '/api/settings/registers',
    summary: "The workspace's default registers and what this server can reach",
    tag: 'registers',
    response: z.object({
      countries: z.array(z.string()),
      registers: z.array(z.object({ country: z.string(), name: z.string() })),
    }),
  },
  {
    method: 'put',
    path: '/api/settings/registers',
    summary: "Choose the workspace's default registers (admins)",
    tag: 'registers',
    body: RegisterSettingsBody,
    response: RegisterSettingsBody,
  },
  {
    method: 'get',
    path: '/api/credit/providers',
    summary: 'The credit providers and whether this server can ask them',
    tag: 'credit',
    response: z.object({
      items: z.array(z.object({ id: CreditProviderIdSchema, name: z.string(), unavailable: z.string().nullable() })),
    }),
  },
  {
    method: 'get',
    path: '/api/credit/companies/{id}',
    summary: "A company's credit ratings over time (the trend) and its monitors",
    tag: 'credit',
    response: z.object({
      history: z.array(Entry),
      monitors: z.array(z.object({ provider: z.string(), nextCheckAt: z.number() })),
    }),
  },
  {
    method: 'post',
    path: '/api/credit/companies/{id}/rate',
    summary: 'Rate a company now; it is monitored from then on',
    tag: 'credit',
    body: RateBody,
    response: z.object({ rating: CreditRatingSchema, change: z.string().nullable() }),
  },
  {
    method: 'delete',
    path: '/api/credit/companies/{id}/monitors/{provider}',
    summary: 'Stop monitoring a company with one provider',
    tag: 'credit',
    response: Ok,
  },
  {
    method: 'get',
    path: '/api/notifications',
    summary: "The caller's notifications, newest first, with the unread count",
    tag: 'notifications',
    response: z.object({ items: z.array(Notification), unread: z.number() }),
  },
  {
    method: 'post',
    path: '/api/notifications/read',
    summary: 'Mark notifications read',
    tag: 'notifications',
    body: ReadBody,
    response: Ok,
  },
];
