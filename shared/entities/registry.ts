import type { z } from 'zod';
import { CompanySchema, type Company } from './company';
import { ContactSchema, type Contact } from './contact';
import { ContactCompanySchema, type ContactCompany } from './contact-company';
import { AgreementSchema, InvoiceSchema, type Agreement, type Invoice } from './company-summaries';
import { CustomFieldSchema, type CustomField } from './custom-field';
import { EmailLogSchema, type EmailLog } from './email-log';
import { ListItemSchema, type ListItem } from './list-item';
import { ActivitySchema, type Activity } from './activity';
import { AppointmentSchema, type Appointment } from './appointment';
import { AttachmentSchema, type Attachment } from './attachment';
import { NoteSchema, type Note } from './note';
import { TaskSchema, type Task } from './task';
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
  activity: { ...entityTables.activity, schema: ActivitySchema, searchFields: ['subject'] },
  task: { ...entityTables.task, schema: TaskSchema, searchFields: ['title'] },
  appointment: { ...entityTables.appointment, schema: AppointmentSchema, searchFields: ['title'] },
  note: { ...entityTables.note, schema: NoteSchema, searchFields: ['body'] },
  attachment: { ...entityTables.attachment, schema: AttachmentSchema, searchFields: ['fileName'] },
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
  activity: Activity;
  task: Task;
  appointment: Appointment;
  note: Note;
  attachment: Attachment;
};
export type EntityRow<E extends EntityName> = EntityRows[E];
export type AnyEntityRow = EntityRows[EntityName];
