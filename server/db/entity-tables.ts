import type { EntityName } from '../../shared/entities/registry';
import { companies, contactCompanies, contacts } from './schema';

/** The drizzle table behind each registry entity. */
export const entityTables = {
  company: companies,
  contact: contacts,
  contactCompany: contactCompanies,
} as const satisfies Record<EntityName, unknown>;

export type EntityTable = (typeof entityTables)[EntityName];
