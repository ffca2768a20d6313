import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** The flags a rating carries: the public signals, and anything a bureau adds. */
export type CreditFlags = Record<string, boolean>;

/**
 * A company's credit ratings over time: a row is written only when something changed, so the
 * rows are the trend. `provider` is `creditsafe` or `publicSignals`.
 */
export const creditRatings = sqliteTable(
  'credit_ratings',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    companyId: text('company_id').notNull(),
    provider: text('provider').notNull(),
    /** 0–100, higher is better; null when the provider gives no score. */
    score: integer('score'),
    /** The provider's class (A–E, or the public signals' verdict). */
    ratingClass: text('rating_class').notNull(),
    creditLimit: integer('credit_limit'),
    currency: text('currency'),
    /** The date the provider dated the rating (ISO), else the day it was fetched. */
    ratedOn: text('rated_on').notNull(),
    flags: text('flags', { mode: 'json' }).$type<CreditFlags>().notNull(),
    /** A human summary of what changed against the previous rating. */
    change: text('change'),
    fetchedAt: integer('fetched_at').notNull(),
  },
  (t) => [index('credit_ratings_company').on(t.workspaceId, t.companyId, t.fetchedAt)],
);

/** Companies under watch: the job re-checks each when `next_check_at` has passed. */
export const creditMonitors = sqliteTable(
  'credit_monitors',
  {
    workspaceId: text('workspace_id').notNull(),
    companyId: text('company_id').notNull(),
    provider: text('provider').notNull(),
    nextCheckAt: integer('next_check_at').notNull(),
    lastCheckedAt: integer('last_checked_at'),
    /** Failed attempts in a row; reset by a success. Drives the back-off. */
    failures: integer('failures').notNull().default(0),
    lastError: text('last_error'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.companyId, t.provider] }), index('credit_monitors_due').on(t.nextCheckAt)],
);

/** Calls made to each provider, so its rate limit holds across restarts; old rows are pruned. */
export const providerCalls = sqliteTable(
  'provider_calls',
  { provider: text('provider').notNull(), calledAt: integer('called_at').notNull() },
  (t) => [index('provider_calls_time').on(t.provider, t.calledAt)],
);

/**
 * What a user should know about (a rating changed, a customer went bankrupt). `dedupe_key` makes
 * a re-run of the same check after a crash write nothing new.
 */
export const notifications = sqliteTable(
  'notifications',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    userId: text('user_id').notNull(),
    companyId: text('company_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    body: text('body'),
    dedupeKey: text('dedupe_key').notNull(),
    createdAt: integer('created_at').notNull(),
    readAt: integer('read_at'),
  },
  (t) => [
    uniqueIndex('notifications_dedupe').on(t.workspaceId, t.userId, t.dedupeKey),
    index('notifications_user').on(t.workspaceId, t.userId, t.createdAt),
  ],
);
