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
 * Every synced table, once: its client store, indexes and schema. Dexie stores and pull/apply
 * loop over this. What a record list shows, filters and searches is the record-type registry's
 * (shared/records/record-types.ts); what the server's search indexes is its FTS tables (migration 0004).
 */
export const entities = {
  company: { ...entityTables.company, schema: CompanySchema },
  contact: { ...entityTables.contact, schema: ContactSchema },
  contactCompany: { ...entityTables.contactCompany, schema: ContactCompanySchema },
  listItem: { ...entityTables.listItem, schema: ListItemSchema },
  agreement: { ...entityTables.agreement, schema: AgreementSchema },
  invoice: { ...entityTables.invoice, schema: InvoiceSchema },
  customField: { ...entityTables.customField, schema: CustomFieldSchema },
  emailLog: { ...entityTables.emailLog, schema: EmailLogSchema },
  activity: { ...entityTables.activity, schema: ActivitySchema },
  task: { ...entityTables.task, schema: TaskSchema },
  appointment: { ...entityTables.appointment, schema: AppointmentSchema },
  note: { ...entityTables.note, schema: NoteSchema },
  attachment: { ...entityTables.attachment, schema: AttachmentSchema },
} as const satisfies Record<EntityName, EntityDefinition>;

type EntityDefinition = {
  table: string;
  schema: z.ZodType;
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
