import { newId } from '../../shared/ids';
import type { RejectReason } from '../../shared/sync/protocol';
import type { Ids, ObjectKind } from './security-fixture';

/**
 * Every named mutation, pushed through /sync/push: the object it names, whether it is an admin's,
 * and what a caller who may not see the object gets. `probe` is true for those cells (the args then
 * name the hidden object, also as a create's own id); false for an allowed caller's own objects.
 */
export type MutationRule = {
  target: ObjectKind;
  args: (ids: Ids, probe: boolean) => unknown;
  adminOnly?: boolean;
  /** Reasons a caller who may not see the target gets (default notFound). */
  hidden?: RejectReason[];
  /** The server's own (its REST route writes it): a push is refused as forbidden, whoever pushes it. */
  serverOnly?: boolean;
};

/** A create naming a hidden record as its link is invalid (field named) or not found; with a taken id, conflict. */
const LINKED_CREATE: RejectReason[] = ['invalid', 'notFound', 'conflict'];
const links = (ids: Ids) => ({ companyIds: [ids.company], contactIds: [] });
const fresh = (ids: Ids, kind: ObjectKind, probe: boolean) => (probe ? ids[kind] : newId());
const summary = (ids: Ids) => ({
  companyId: ids.company,
  number: `M-${newId().slice(-6)}`,
  date: '2026-11-03',
  amountMinor: 900,
  currency: 'SEK',
});

const crud = (
  entity: 'agreement' | 'invoice' | 'activity' | 'task' | 'appointment' | 'note',
  create: (ids: Ids) => Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, MutationRule> => ({
  [`${entity}.create`]: {
    target: 'company',
    args: (ids, probe) => ({ id: fresh(ids, entity, probe), ...create(ids) }),
    hidden: LINKED_CREATE,
  },
  [`${entity}.update`]: { target: entity, args: (ids) => ({ id: ids[entity], patch }) },
  [`${entity}.delete`]: { target: entity, args: (ids) => ({ id: ids[entity] }) },
});

/** Restoring a deleted timeline item is the admins', like restoring a company. */
const restore = (entity: 'activity' | 'task' | 'appointment' | 'note'): Record<string, MutationRule> => {
  const target = `trashed${entity[0]!.toUpperCase()}${entity.slice(1)}` as ObjectKind;
  return { [`${entity}.restore`]: { target, args: (ids) => ({ id: ids[target] }), adminOnly: true } };
};

const lists = (entity: 'company' | 'contact'): Record<string, MutationRule> => ({
  [`${entity}.addToLists`]: {
    target: entity,
    args: (ids) => ({ id: ids[entity], tagIds: [ids.listItem] }),
    hidden: ['notFound', 'invalid'],
  },
  [`${entity}.removeFromLists`]: { target: entity, args: (ids) => ({ id: ids[entity], tagIds: [ids.listItem] }) },
  [`${entity}.setCustomField`]: {
    target: entity,
    // The fixture's field definition is a company field; a contact takes a free-form key.
    args: (ids) => ({ id: ids[entity], key: entity === 'company' ? ids.customFieldKey : 'region', value: 'Nordland' }),
    hidden: ['notFound', 'invalid'],
  },
});

export const MUTATIONS: Record<string, MutationRule> = {
  'company.create': {
    target: 'company',
    args: (ids, probe) => ({ id: fresh(ids, 'company', probe), name: 'Pushed AS' }),
    hidden: ['conflict', 'notFound'],
  },
  'company.update': { target: 'company', args: (ids) => ({ id: ids.company, patch: { name: 'Pushed Renamed AS' } }) },
  'company.delete': { target: 'company', args: (ids) => ({ id: ids.company }) },
  'company.restore': { target: 'trashedCompany', args: (ids) => ({ id: ids.trashedCompany }), adminOnly: true },
  ...lists('company'),
  'contact.create': {
    target: 'contact',
    args: (ids, probe) => ({ id: fresh(ids, 'contact', probe), firstName: 'Pushed' }),
    hidden: ['conflict', 'notFound'],
  },
  'contact.update': { target: 'contact', args: (ids) => ({ id: ids.contact, patch: { firstName: 'Pushed' } }) },
  'contact.delete': { target: 'contact', args: (ids) => ({ id: ids.contact }) },
  'contact.restore': { target: 'trashedContact', args: (ids) => ({ id: ids.trashedContact }), adminOnly: true },
  'contact.linkCompany': {
    target: 'contact',
    args: (ids) => ({ id: newId(), contactId: ids.contact, companyId: ids.linkCompany }),
    hidden: ['notFound', 'invalid'],
  },
  'contact.unlinkCompany': { target: 'contact', args: (ids) => ({ contactId: ids.contact, companyId: ids.linkCompany }) },
  'contact.setPrivateCustomer': { target: 'contact', args: (ids) => ({ id: ids.contact, isPrivateCustomer: true }) },
  ...lists('contact'),
  'listItem.create': {
    target: 'listItem',
    args: (ids, probe) => ({ id: fresh(ids, 'listItem', probe), kind: 'tag', name: 'Pushed tag' }),
    adminOnly: true,
    hidden: ['conflict', 'notFound'],
  },
  'listItem.update': {
    target: 'listItem',
    args: (ids) => ({ id: ids.listItem, patch: { name: 'Pushed tag' } }),
    adminOnly: true,
  },
  'listItem.delete': { target: 'listItem', args: (ids) => ({ id: ids.listItem }), adminOnly: true },
  ...crud('agreement', (ids) => ({ ...summary(ids), status: 'draft' }), { status: 'signed' }),
  ...crud('invoice', (ids) => ({ ...summary(ids), status: 'sent' }), { status: 'paid' }),
  'customField.create': {
    target: 'customField',
    args: (ids, probe) => ({ id: fresh(ids, 'customField', probe), entity: 'contact', label: 'Pushed field', type: 'text' }),
    adminOnly: true,
    hidden: ['conflict', 'notFound'],
  },
  'customField.update': {
    target: 'customField',
    args: (ids) => ({ id: ids.customField, patch: { label: 'Pushed label' } }),
    adminOnly: true,
  },
  'customField.delete': { target: 'customField', args: (ids) => ({ id: ids.customField }), adminOnly: true },
  // Logging a message that is hidden from the caller must not write to it (issue 13, defect 1).
  'emailLog.log': {
    target: 'emailLog',
    args: (ids) => ({
      id: ids.emailLog,
      messageKey: ids.messageKey,
      threadId: null,
      subject: 'Re: offer',
      sentAt: Date.UTC(2026, 10, 23),
      from: { name: 'Kari', address: 'kari@havbruk.example.no' },
      to: [],
      cc: [],
      snippet: 'Re',
      body: null,
      source: 'gmail',
      contactIds: [ids.linkContact],
      companyIds: [],
    }),
    hidden: ['notFound', 'invalid'],
  },
  'emailLog.unlink': { target: 'emailLog', args: (ids) => ({ id: ids.emailLog, contactId: ids.mailContact }) },
  'contact.setEmailAccess': { target: 'contact', args: (ids) => ({ id: ids.contact, blocked: true }), adminOnly: true },
  ...crud(
    'activity',
    (ids) => ({
      type: 'call',
      subject: 'Pushed call',
      description: null,
      occurredAt: Date.UTC(2026, 10, 2),
      durationMinutes: null,
      outcome: null,
      userIds: [],
      ...links(ids),
    }),
    {
      subject: 'Pushed again',
    },
  ),
  ...crud(
    'task',
    (ids) => ({
      title: 'Pushed task',
      description: null,
      dueDate: null,
      dueTime: null,
      assigneeId: null,
      status: 'open',
      priority: 'low',
      remindAt: null,
      followUpOf: null,
      ...links(ids),
    }),
    { priority: 'high' },
  ),
  ...crud(
    'appointment',
    (ids) => ({
      title: 'Pushed visit',
      description: null,
      startsAt: Date.UTC(2026, 11, 3, 9),
      endsAt: Date.UTC(2026, 11, 3, 10),
      allDay: false,
      location: null,
      videoUrl: null,
      userIds: [],
      status: 'planned',
      ...links(ids),
    }),
    { title: 'Pushed visit moved', status: 'cancelled' },
  ),
  ...crud('note', (ids) => ({ body: 'Pushed note', isPrivate: false, ...links(ids) }), { body: 'Pushed change' }),
  ...restore('activity'),
  ...restore('task'),
  ...restore('appointment'),
  ...restore('note'),
  'attachment.create': {
    target: 'file',
    serverOnly: true,
    args: (ids, probe) => {
      const id = fresh(ids, 'file', probe);
      return {
        id,
        fileName: 'offer.pdf',
        contentType: 'application/pdf',
        size: 1024,
        blobKey: `${ids.blobKey.split('.')[0]}.file-${id}.pdf`,
        ...links(ids),
        activityIds: [],
      };
    },
  },
  'attachment.delete': { target: 'file', args: (ids) => ({ id: ids.file }) },
};
