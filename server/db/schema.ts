import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Address } from '../../shared/entities/address';
import type { CustomFields } from '../../shared/entities/custom-fields';
import type { EmailParty } from '../../shared/entities/email-log';
import type { InvoiceSettings } from '../../shared/entities/invoice-settings';
import { LIST_KINDS } from '../../shared/entities/list-item';
import { LANGUAGES } from '../../shared/i18n/languages';
import type { RegisterCountry } from '../../shared/registers/register-company';
import { base } from './base-columns';

export * from './timeline-schema';
export * from './registers-schema';
export * from './credit-schema';

export const workspaces = sqliteTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  /** Bumped once by every transaction that changes rows; the sync cursor is this number. */
  version: integer('version').notNull().default(0),
  /** Next customer number, shared by companies and private customers. */
  nextCustomerNumber: integer('next_customer_number').notNull().default(10000),
  /** The registers the company search asks by default (the search box lets a user change it). */
  registerCountries: text('register_countries', { mode: 'json' })
    .$type<RegisterCountry[]>()
    .notNull()
    .default(sql`'["NO","SE","DK","GB"]'`),
  createdAt: integer('created_at').notNull(),
});

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    role: text('role', { enum: ['admin', 'member'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: integer('created_at').notNull(),
    /** A deactivated member cannot sign in and has no sessions or calendar feeds; their records keep their name. */
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    deactivatedAt: integer('deactivated_at'),
    /** The language the user picked in their profile; null: they never did, and the browser's decides. */
    language: text('language', { enum: LANGUAGES }),
  },
  (t) => [uniqueIndex('users_email').on(t.email)],
);

/**
 * Failed sign-ins per (e-mail, client address), in the database so every server process sees
 * them. A pair is throttled with a growing delay; the account itself is never locked for others.
 */
export const loginThrottles = sqliteTable(
  'login_throttles',
  {
    email: text('email').notNull(),
    source: text('source').notNull(),
    failures: integer('failures').notNull(),
    lastFailureAt: integer('last_failure_at').notNull(),
    /** No attempt for this pair is checked before this time. */
    blockedUntil: integer('blocked_until').notNull(),
  },
  (t) => [primaryKey({ columns: [t.email, t.source] }), index('login_throttles_last').on(t.lastFailureAt)],
);

/** Bearer tokens, stored as SHA-256 hashes: a leaked database does not leak sessions. */
export const sessions = sqliteTable('sessions', {
  tokenHash: text('token_hash').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id),
  createdAt: integer('created_at').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

/** Last applied mutation per (user, client): a retried push never applies twice. */
export const clientMutations = sqliteTable(
  'client_mutations',
  {
    userId: text('user_id').notNull(),
    clientId: text('client_id').notNull(),
    lastMutationId: integer('last_mutation_id').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.clientId] })],
);

/** Every change with the values it overwrote, so last-arrival-wins never loses data. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    workspaceId: text('workspace_id').notNull(),
    entity: text('entity').notNull(),
    recordId: text('record_id').notNull(),
    version: integer('version').notNull(),
    userId: text('user_id').notNull(),
    at: integer('at').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete', 'restore', 'merge', 'unmerge'] }).notNull(),
    channel: text('channel', { enum: ['dashboard', 'extension', 'api', 'import', 'monitoring'] })
      .notNull()
      .default('api'),
    changes: text('changes', { mode: 'json' }).$type<Record<string, [unknown, unknown]>>().notNull(),
  },
  (t) => [index('audit_record').on(t.workspaceId, t.recordId, t.version)],
);

export const companies = sqliteTable(
  'companies',
  {
    ...base(),
    name: text('name').notNull(),
    website: text('website'),
    domain: text('domain'),
    orgNumber: text('org_number'),
    vatNumber: text('vat_number'),
    country: text('country'),
    orgForm: text('org_form'),
    naceCode: text('nace_code'),
    employees: integer('employees'),
    registerStatus: text('register_status'),
    email: text('email'),
    phone: text('phone'),
    logoUrl: text('logo_url'),
    address: text('address', { mode: 'json' }).$type<Address | null>(),
    postalAddress: text('postal_address', { mode: 'json' }).$type<Address | null>(),
    invoiceAddress: text('invoice_address', { mode: 'json' }).$type<Address | null>(),
    socialProfiles: text('social_profiles', { mode: 'json' }).$type<string[]>().notNull(),
    relationshipTypeId: text('relationship_type_id'),
    statusTypeId: text('status_type_id'),
    industryId: text('industry_id'),
    departmentId: text('department_id'),
    categoryIds: text('category_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    tagIds: text('tag_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    ownerIds: text('owner_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    invoice: text('invoice', { mode: 'json' }).$type<InvoiceSettings | null>(),
    parentId: text('parent_id'),
    customFields: text('custom_fields', { mode: 'json' }).$type<CustomFields>().notNull().default({}),
    customerNumber: integer('customer_number'),
  },
  (t) => [
    index('companies_version').on(t.workspaceId, t.version),
    // The list's default order, over live rows only: a filtered page walks it and stops after one page.
    index('companies_name')
      .on(t.workspaceId, sql`${t.name} collate nocase`, t.id)
      .where(sql`${t.deletedAt} is null`),
    // "Recently created/changed" orders, walked like the name index.
    index('companies_updated')
      .on(t.workspaceId, t.updatedAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    index('companies_created')
      .on(t.workspaceId, t.createdAt, t.id)
      .where(sql`${t.deletedAt} is null`),
    index('companies_domain').on(t.workspaceId, t.domain),
    index('companies_org_number').on(t.workspaceId, t.orgNumber),
    index('companies_parent').on(t.workspaceId, t.parentId),
    uniqueIndex('companies_customer_number').on(t.workspaceId, t.customerNumber),
  ],
);

export const contacts = sqliteTable(
  'contacts',
  {
    ...base(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name'),
    email: text('email'),
    phone: text('phone'),
    emails: text('emails', { mode: 'json' }).$type<{ address: string; label: string | null }[]>().notNull().default([]),
    phones: text('phones', { mode: 'json' }).$type<{ number: string; label: string | null }[]>().notNull().default([]),
    title: text('title'),
    birthday: text('birthday'),
    photoUrl: text('photo_url'),
    url: text('url'),
    address: text('address', { mode: 'json' }).$type<Address | null>(),
    categoryIds: text('category_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    tagIds: text('tag_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    ownerIds: text('owner_ids', { mode: 'json' }).$type<string[]>().notNull().default([]),
    notes: text('notes'),
    customFields: text('custom_fields', { mode: 'json' }).$type<CustomFields>().notNull().default({}),
    isPrivateCustomer: integer('is_private_customer', { mode: 'boolean' }).notNull().default(false),
    customerNumber: integer('customer_number'),
    /** Admins blocked access to this contact's logged e-mails: only admins see them. */
    emailsBlocked: integer('emails_blocked', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    uniqueIndex('contacts_customer_number').on(t.workspaceId, t.customerNumber),
    index('contacts_version').on(t.workspaceId, t.version),
    // Must stay the expression of sortName in records/contact-sql.ts, or SQLite sorts instead. Ties go
    // by rowid, which every index entry carries: no id column keeps the entries small to walk.
    index('contacts_name')
      .on(t.workspaceId, sql`(coalesce(${t.lastName}, '') || ' ' || ${t.firstName}) collate nocase`)
      .where(sql`${t.deletedAt} is null`),
    index('contacts_updated')
      .on(t.workspaceId, t.updatedAt)
      .where(sql`${t.deletedAt} is null`),
    index('contacts_created')
      .on(t.workspaceId, t.createdAt)
      .where(sql`${t.deletedAt} is null`),
    index('contacts_email').on(t.workspaceId, t.email),
    // The few contacts with blocked e-mails, read on every pull by non-admins.
    index('contacts_emails_blocked')
      .on(t.workspaceId)
      .where(sql`${t.emailsBlocked} = 1`),
  ],
);

export const contactCompanies = sqliteTable(
  'contact_companies',
  {
    ...base(),
    contactId: text('contact_id').notNull(),
    companyId: text('company_id').notNull(),
    position: text('position'),
    isPrimary: integer('is_primary', { mode: 'boolean' }).notNull(),
  },
  (t) => [
    index('contact_companies_version').on(t.workspaceId, t.version),
    index('contact_companies_contact').on(t.contactId),
    index('contact_companies_company').on(t.companyId),
  ],
);

export const listItems = sqliteTable(
  'list_items',
  {
    ...base(),
    kind: text('kind', { enum: LIST_KINDS }).notNull(),
    name: text('name').notNull(),
    sortOrder: integer('sort_order').notNull(),
    appliesTo: text('applies_to', { enum: ['company', 'contact', 'both'] }).notNull(),
  },
  (t) => [
    index('list_items_version').on(t.workspaceId, t.version),
    index('list_items_kind').on(t.workspaceId, t.kind, t.sortOrder),
  ],
);

/** Agreement summaries (signed or not) on a company; full agreements live in the tools that make them. */
export const agreements = sqliteTable(
  'agreements',
  {
    ...base(),
    companyId: text('company_id').notNull(),
    number: text('number').notNull(),
    title: text('title'),
    date: text('date').notNull(),
    /** In minor units (øre, öre, cent) so sums are exact. */
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['draft', 'sent', 'signed', 'cancelled'] }).notNull(),
  },
  (t) => [index('agreements_version').on(t.workspaceId, t.version), index('agreements_company').on(t.companyId, t.status)],
);

/** Invoice summaries on a company, as an accounting system reports them. */
export const invoices = sqliteTable(
  'invoices',
  {
    ...base(),
    companyId: text('company_id').notNull(),
    number: text('number').notNull(),
    date: text('date').notNull(),
    dueDate: text('due_date'),
    amountMinor: integer('amount_minor').notNull(),
    currency: text('currency').notNull(),
    status: text('status', { enum: ['draft', 'sent', 'paid', 'overdue', 'credited'] }).notNull(),
  },
  (t) => [index('invoices_version').on(t.workspaceId, t.version), index('invoices_company').on(t.companyId, t.date)],
);

/** Typed custom fields and additional-information fields; values live in each record's customFields under the field's id. */
export const customFields = sqliteTable(
  'custom_fields',
  {
    ...base(),
    entity: text('entity', { enum: ['company', 'contact'] }).notNull(),
    label: text('label').notNull(),
    type: text('type', { enum: ['text', 'number', 'date', 'boolean', 'choice', 'multiChoice'] }).notNull(),
    options: text('options', { mode: 'json' }).$type<string[]>().notNull().default([]),
    section: text('section', { enum: ['custom', 'additional'] }).notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('custom_fields_version').on(t.workspaceId, t.version)],
);

/** A named list filter, the owner's own or shared with the workspace. Not synced: the dashboard reads it. */
export const savedSelections = sqliteTable(
  'saved_selections',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    ownerId: text('owner_id').notNull(),
    entity: text('entity', { enum: ['company', 'contact'] }).notNull(),
    name: text('name').notNull(),
    /** The list's filter as its URL query string, so a selection reopens exactly as saved. */
    query: text('query').notNull(),
    shared: integer('shared', { mode: 'boolean' }).notNull(),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('saved_selections_owner').on(t.workspaceId, t.ownerId)],
);

/** One "e-mail the selection": the message as composed, before merge fields are filled in. */
export const mailings = sqliteTable(
  'mailings',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    userId: text('user_id').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    createdAt: integer('created_at').notNull(),
    finishedAt: integer('finished_at'),
    /** Where its recipients unsubscribe: PUBLIC_URL, or the address the dashboard reached when it was sent. */
    publicUrl: text('public_url'),
  },
  (t) => [index('mailings_created').on(t.workspaceId, t.createdAt)],
);

/** Addresses that asked for no more mailings from the workspace (the link in every mailing). */
export const mailingOptOuts = sqliteTable(
  'mailing_opt_outs',
  {
    workspaceId: text('workspace_id').notNull(),
    /** Lowercased, as mailings compare addresses. */
    address: text('address').notNull(),
    optedOutAt: integer('opted_out_at').notNull(),
    /** The message whose link was used. */
    recipientId: text('recipient_id'),
  },
  (t) => [primaryKey({ columns: [t.workspaceId, t.address] })],
);

/** Each message a mailing sent (or failed to send), logged on its contact and company. */
export const mailingRecipients = sqliteTable(
  'mailing_recipients',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    mailingId: text('mailing_id')
      .notNull()
      .references(() => mailings.id),
    companyId: text('company_id'),
    contactId: text('contact_id'),
    address: text('address').notNull(),
    subject: text('subject').notNull(),
    status: text('status', { enum: ['pending', 'sent', 'failed'] }).notNull(),
    error: text('error'),
    sentAt: integer('sent_at'),
    /** SHA-256 of the 256-bit random token in the message's unsubscribe link; the token itself is never stored. */
    unsubscribeTokenHash: text('unsubscribe_token_hash'),
  },
  (t) => [
    uniqueIndex('mailing_recipients_unsubscribe').on(t.unsubscribeTokenHash),
    index('mailing_recipients_mailing').on(t.mailingId),
    index('mailing_recipients_company').on(t.workspaceId, t.companyId),
    index('mailing_recipients_contact').on(t.workspaceId, t.contactId),
  ],
);

/** A merge of two records, with what it changed, so it can be undone from the survivor's history. */
export const merges = sqliteTable(
  'merges',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    entity: text('entity', { enum: ['company', 'contact'] }).notNull(),
    survivorId: text('survivor_id').notNull(),
    mergedId: text('merged_id').notNull(),
    userId: text('user_id').notNull(),
    at: integer('at').notNull(),
    /** The survivor's fields before the merge and the links moved to it. */
    undo: text('undo', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    undoneAt: integer('undone_at'),
    undoneBy: text('undone_by'),
  },
  (t) => [index('merges_survivor').on(t.workspaceId, t.survivorId), index('merges_merged').on(t.workspaceId, t.mergedId)],
);

/** E-mails logged on contacts and companies (issue 4); one row per message per workspace. */
export const emailLogs = sqliteTable(
  'email_logs',
  {
    ...base(),
    messageKey: text('message_key').notNull(),
    threadId: text('thread_id'),
    subject: text('subject').notNull(),
    sentAt: integer('sent_at'),
    from: text('from', { mode: 'json' }).$type<EmailParty>().notNull(),
    to: text('to', { mode: 'json' }).$type<EmailParty[]>().notNull(),
    cc: text('cc', { mode: 'json' }).$type<EmailParty[]>().notNull(),
    snippet: text('snippet').notNull(),
    body: text('body'),
    source: text('source', { enum: ['gmail', 'outlook', 'api'] }).notNull(),
    contactIds: text('contact_ids', { mode: 'json' }).$type<string[]>().notNull(),
    companyIds: text('company_ids', { mode: 'json' }).$type<string[]>().notNull(),
    /**
     * Hidden from everyone but admins because a contact it was linked to had its e-mails blocked.
     * Kept on the row so the block outlives that contact (a purge or a merge).
     */
    blocked: integer('blocked', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('email_logs_version').on(t.workspaceId, t.version), index('email_logs_sent').on(t.workspaceId, t.sentAt)],
);
