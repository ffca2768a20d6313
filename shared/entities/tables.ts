/**
 * Where each entity is stored on the client and which fields are indexed there. Kept apart from
 * the zod schemas so the extension's cache can be opened without loading zod (popup start-up).
 */
export const entityTables = {
  company: { table: 'companies', indexes: ['name', 'domain', 'orgNumber'] },
  // `*emailKeys` is derived by the cache from `email` and `emails` (extension/db/cache-row.ts).
  contact: { table: 'contacts', indexes: ['lastName', 'email', '*emailKeys'] },
  contactCompany: { table: 'contactCompanies', indexes: ['contactId', 'companyId'] },
  listItem: { table: 'listItems', indexes: ['kind'] },
  agreement: { table: 'agreements', indexes: ['companyId'] },
  invoice: { table: 'invoices', indexes: ['companyId'] },
  customField: { table: 'customFields', indexes: ['entity'] },
  emailLog: { table: 'emailLogs', indexes: ['messageKey', '*contactIds', '*companyIds'] },
  activity: { table: 'activities', indexes: ['occurredAt', '*contactIds', '*companyIds'] },
  task: { table: 'tasks', indexes: ['assigneeId', 'dueDate', '*contactIds', '*companyIds'] },
  appointment: { table: 'appointments', indexes: ['startsAt', '*contactIds', '*companyIds'] },
  note: { table: 'notes', indexes: ['*contactIds', '*companyIds'] },
  attachment: { table: 'attachments', indexes: ['*contactIds', '*companyIds', '*activityIds'] },
} as const;

export type EntityName = keyof typeof entityTables;

export const entityNames = Object.keys(entityTables) as EntityName[];

export function isEntityName(value: string): value is EntityName {
  return Object.hasOwn(entityTables, value);
}
