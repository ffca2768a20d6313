import type { z } from 'zod';
import { CompanySchema, type Company } from './company';
import { ContactSchema, type Contact } from './contact';
import { ContactCompanySchema, type ContactCompany } from './contact-company';

/**
 * Every synced table, once. Dexie stores, pull/apply and generic list views loop over this
 * instead of repeating per-entity code. `indexes` are the Dexie secondary indexes.
 */
export const entities = {
  company: {
    table: 'companies',
    schema: CompanySchema,
    searchFields: ['name', 'domain', 'orgNumber'],
    indexes: ['name', 'domain', 'orgNumber'],
  },
  contact: {
    table: 'contacts',
    schema: ContactSchema,
    searchFields: ['firstName', 'lastName', 'email', 'phone'],
    indexes: ['lastName', 'email'],
  },
  contactCompany: {
    table: 'contactCompanies',
    schema: ContactCompanySchema,
    searchFields: [],
    indexes: ['contactId', 'companyId'],
  },
} as const satisfies Record<string, EntityDefinition>;

type EntityDefinition = {
  table: string;
  schema: z.ZodType;
  searchFields: readonly string[];
  indexes: readonly string[];
};

export type EntityName = keyof typeof entities;
export type EntityRows = { company: Company; contact: Contact; contactCompany: ContactCompany };
export type EntityRow<E extends EntityName> = EntityRows[E];
export type AnyEntityRow = EntityRows[EntityName];

export const entityNames = Object.keys(entities) as EntityName[];

export function isEntityName(value: string): value is EntityName {
  return Object.hasOwn(entities, value);
}
