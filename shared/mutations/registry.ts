import { companyAddToLists, companyRemoveFromLists, companySetCustomField } from './company-bulk.mutations';
import { companyCreate, companyDelete, companyUpdate } from './company.mutations';
import { contactAddToLists, contactRemoveFromLists, contactSetCustomField } from './contact-bulk.mutations';
import { agreementMutations, invoiceMutations } from './company-summary.mutations';
import { customFieldCreate, customFieldDelete, customFieldUpdate } from './custom-field.mutations';
import { contactSetEmailAccess, emailLogLog, emailLogUnlink } from './email-log.mutations';
import { listItemCreate, listItemDelete, listItemUpdate } from './list-item.mutations';
import { activityRestore, appointmentRestore, companyRestore, contactRestore, noteRestore, taskRestore } from './trash.mutations';
import { activityMutations, appointmentMutations, noteMutations, taskMutations } from './timeline.mutations';
import { attachmentCreate, attachmentDelete } from './attachment.mutations';
import {
  contactCreate,
  contactDelete,
  contactLinkCompany,
  contactSetPrivateCustomer,
  contactUnlinkCompany,
  contactUpdate,
} from './contact.mutations';
import type { z } from 'zod';
import type { MutationDefinition } from './mutation';

/** Every mutation by its wire name. Adding one here makes it available to push and REST alike. */
export const mutations = {
  'company.create': companyCreate,
  'company.update': companyUpdate,
  'company.delete': companyDelete,
  'company.restore': companyRestore,
  'company.addToLists': companyAddToLists,
  'company.removeFromLists': companyRemoveFromLists,
  'company.setCustomField': companySetCustomField,
  'contact.create': contactCreate,
  'contact.update': contactUpdate,
  'contact.delete': contactDelete,
  'contact.restore': contactRestore,
  'contact.linkCompany': contactLinkCompany,
  'contact.unlinkCompany': contactUnlinkCompany,
  'contact.setPrivateCustomer': contactSetPrivateCustomer,
  'contact.addToLists': contactAddToLists,
  'contact.removeFromLists': contactRemoveFromLists,
  'contact.setCustomField': contactSetCustomField,
  'listItem.create': listItemCreate,
  'listItem.update': listItemUpdate,
  'listItem.delete': listItemDelete,
  'agreement.create': agreementMutations.create,
  'agreement.update': agreementMutations.update,
  'agreement.delete': agreementMutations.delete,
  'invoice.create': invoiceMutations.create,
  'invoice.update': invoiceMutations.update,
  'invoice.delete': invoiceMutations.delete,
  'customField.create': customFieldCreate,
  'customField.update': customFieldUpdate,
  'customField.delete': customFieldDelete,
  'emailLog.log': emailLogLog,
  'emailLog.unlink': emailLogUnlink,
  'contact.setEmailAccess': contactSetEmailAccess,
  'activity.create': activityMutations.create,
  'activity.update': activityMutations.update,
  'activity.delete': activityMutations.delete,
  'activity.restore': activityRestore,
  'task.create': taskMutations.create,
  'task.update': taskMutations.update,
  'task.delete': taskMutations.delete,
  'task.restore': taskRestore,
  'appointment.create': appointmentMutations.create,
  'appointment.update': appointmentMutations.update,
  'appointment.delete': appointmentMutations.delete,
  'appointment.restore': appointmentRestore,
  'note.create': noteMutations.create,
  'note.update': noteMutations.update,
  'note.delete': noteMutations.delete,
  'note.restore': noteRestore,
  'attachment.create': attachmentCreate,
  'attachment.delete': attachmentDelete,
} as const;

export type MutationName = keyof typeof mutations;
export type MutationArgs<N extends MutationName> = z.input<(typeof mutations)[N]['args']>;

export function isMutationName(name: string): name is MutationName {
  return Object.hasOwn(mutations, name);
}

export function mutationDefinition(name: MutationName): MutationDefinition {
  return mutations[name] as unknown as MutationDefinition;
}
