import type { EntityName } from '../../shared/entities/registry';
import { agreements, companies, contactCompanies, contacts, customFields, emailLogs, invoices, listItems } from './schema';

/** The drizzle table behind each registry entity. */
export const entityTables = {
  company: companies,
  contact: contacts,
  contactCompany: contactCompanies,
  listItem: listItems,
  agreement: agreements,
  invoice: invoices,
  customField: customFields,
  emailLog: emailLogs,
} as const satisfies Record<EntityName, unknown>;

export type EntityTable = (typeof entityTables)[EntityName];
