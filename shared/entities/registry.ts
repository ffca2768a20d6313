import type { z } from 'zod';
import { CompanySchema, type Company } from './company';
import { ContactSchema, type Contact } from './contact';
import { ContactCompanySchema, type ContactCompany } from './contact-company';
import { AgreementSchema, InvoiceSchema, type Agreement, type Invoice } from './company-summaries';
import { CustomFieldSchema, type CustomField } from './custom-field';
import { EmailLogSchema, type EmailLog } from './email-log';
import { ListItemSchema, type ListItem } from './list-item';
import { entityTables, type EntityName } from './tables';

export { entityNames, isEntityName, type EntityName } from './tables';

/**
 * Every synced table, once. Dexie stores, pull/apply and generic list views loop over this
 * instead of repeating per-entity code.
 */
export const entities = {
  company: { ...entityTables.company, schema: CompanySchema, searchFields: ['name', 'domain', 'orgNumber'] },
  contact: { ...entityTables.contact, schema: ContactSchema, searchFields: ['firstName', 'lastName', 'email', 'phone'] },
  contactCompany: { ...entityTables.contactCompany, schema: ContactCompanySchema, searchFields: [] },
  listItem: { ...entityTables.listItem, schema: ListItemSchema, searchFields: ['name'] },
  agreement: { ...entityTables.agreement, schema: AgreementSchema, searchFields: ['number'] },
  invoice: { ...entityTables.invoice, schema: InvoiceSchema, searchFields: ['number'] },
  customField: { ...entityTables.customField, schema: CustomFieldSchema, searchFields: ['label'] },
  emailLog: { ...entityTables.emailLog, schema: EmailLogSchema, searchFields: ['subject'] },
} as const satisfies Record<EntityName, EntityDefinition>;

type EntityDefinition = {
  table: string;
  schema: z.ZodType;
  searchFields: readonly string[];
  indexes: readonly string[];
};

export type EntityRows = {
  company: Company;
  contact: Contact;
  contactCompany: ContactCompany;
  listItem: ListItem;
  agreement: Agreement;
  invoice: Invoice;
  customField: CustomField;
  emailLog: EmailLog;
};
export type EntityRow<E extends EntityName> = EntityRows[E];
export type AnyEntityRow = EntityRows[EntityName];
