import type { EntityName } from '../../shared/entities/registry';
import { companies, contactCompanies, contacts, listItems } from './schema';

/** The drizzle table behind each registry entity. */
export const entityTables = {
  company: companies,
  contact: contacts,
  contactCompany: contactCompanies,
  listItem: listItems,
} as const satisfies Record<EntityName, unknown>;

export type EntityTable = (typeof entityTables)[EntityName];
