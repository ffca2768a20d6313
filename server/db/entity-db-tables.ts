import type { EntityName } from '../../shared/entities/registry';
import {
  activities,
  agreements,
  appointments,
  attachments,
  companies,
  contactCompanies,
  contacts,
  customFields,
  emailLogs,
  invoices,
  listItems,
  notes,
  tasks,
} from './schema';

/** The drizzle table behind each registry entity. */
export const entityDbTables = {
  company: companies,
  contact: contacts,
  contactCompany: contactCompanies,
  listItem: listItems,
  agreement: agreements,
  invoice: invoices,
  customField: customFields,
  emailLog: emailLogs,
  activity: activities,
  task: tasks,
  appointment: appointments,
  note: notes,
  attachment: attachments,
} as const satisfies Record<EntityName, unknown>;

export type EntityDbTable = (typeof entityDbTables)[EntityName];
