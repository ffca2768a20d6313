import { z } from 'zod';
import { IdSchema } from '../entities/base';
import { CreditProviderIdSchema, CreditRatingEntrySchema, CreditRatingSchema } from '../credit/credit-rating';
import { IdParams, OkSchema, defineOperation, jsonAnswer, jsonBody } from './operation';

export const RateBody = z.object({ provider: CreditProviderIdSchema });
export const MonitorParams = z.object({ id: IdSchema, provider: CreditProviderIdSchema });

export const CreditProviderSchema = z.object({
  id: CreditProviderIdSchema,
  name: z.string(),
  /** Why this server cannot ask the provider (a key missing), or null. */
  unavailable: z.string().nullable(),
});

/** A company under watch: the monitoring job re-checks it at `nextCheckAt`. */
export const CreditMonitorSchema = z.object({
  provider: CreditProviderIdSchema,
  nextCheckAt: z.number(),
  lastCheckedAt: z.number().nullable(),
  /** Failed checks in a row; they push the next check back. */
  failures: z.number(),
  lastError: z.string().nullable(),
});

/** A company's ratings over time (the trend, oldest first) and its monitors. */
export const CreditCardSchema = z.object({
  history: z.array(CreditRatingEntrySchema),
  monitors: z.array(CreditMonitorSchema),
});

const tags = ['credit'];

/** Credit ratings of companies from the providers this server has, and the monitoring that follows a rating. */
export const creditApi = {
  providers: defineOperation({
    method: 'get',
    path: '/api/credit/providers',
    summary: 'The credit providers and whether this server can ask them',
    tags,
    responses: { 200: jsonAnswer(z.object({ items: z.array(CreditProviderSchema) })) },
  }),
  company: defineOperation({
    method: 'get',
    path: '/api/credit/companies/{id}',
    summary: "A company's credit ratings over time (the trend) and its monitors",
    tags,
    request: { params: IdParams },
    responses: { 200: jsonAnswer(CreditCardSchema) },
  }),
  rate: defineOperation({
    method: 'post',
    path: '/api/credit/companies/{id}/rate',
    summary:
      'Rate a company now; it is monitored from then on. A provider without its key is 503, one that cannot be reached 502',
    tags,
    request: { params: IdParams, body: jsonBody(RateBody) },
    responses: { 200: jsonAnswer(z.object({ rating: CreditRatingSchema, change: z.string().nullable() })) },
  }),
  stopMonitor: defineOperation({
    method: 'delete',
    path: '/api/credit/companies/{id}/monitors/{provider}',
    summary: 'Stop monitoring a company with one provider',
    tags,
    request: { params: MonitorParams },
    responses: { 200: jsonAnswer(OkSchema) },
  }),
};
