import { eq } from 'drizzle-orm';
import { attachments } from '../../server/db/schema';
import { newId } from '../../shared/ids';
import type { Caller, Ids, TestApp } from './security-fixture';

/** A full set of W1 objects made by `owner` (settings by the admin), every text marked for the workspace. */
export async function objectSet(t: TestApp, owner: Caller, admin: Caller, marker: string): Promise<Ids> {
  const ok = async (method: string, path: string, body: unknown, as: Caller = owner) => {
    const res = await as.call(method, path, body);
    if (res.status >= 300) throw new Error(`fixture ${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  };
  const w = marker;
  const company = (await ok('POST', '/api/companies', { name: `Havbruk ${w} AS`, country: 'NO' })).company.id as string;
  const linkCompany = (await ok('POST', '/api/companies', { name: `Laks ${w} AS`, country: 'NO' })).company.id as string;
  const contact = (
    await ok('POST', '/api/contacts', { firstName: 'Kari', lastName: w, email: `kari.${newId().slice(-6)}@havbruk.example.no` })
  ).contact.id as string;
  const linkContact = (await ok('POST', '/api/contacts', { firstName: 'Ola', lastName: w })).contact.id as string;
  const links = { companyIds: [company], contactIds: [contact] };
  const note = (await ok('POST', '/api/notes', { body: `Open note ${w}`, isPrivate: false, ...links })).item.id as string;
  const messageKey = `<${newId()}@mail.example.no>`;
  const emailLog = (
    await ok('POST', '/api/email-logs', {
      messageKey,
      subject: `Offer ${w}`,
      sentAt: Date.UTC(2026, 10, 20),
      from: { name: 'Kari', address: 'kari@havbruk.example.no' },
      to: [{ name: null, address: 'sales@fjord.example.no' }],
      snippet: `Snippet ${w}`,
      body: `Body ${w}`,
      contactIds: [contact],
      companyIds: [company],
    })
  ).item.id as string;
  const selection = (await ok('POST', '/api/selections', { entity: 'company', name: `Own ${w}`, query: 'country=NO' })).item
    .id as string;
  const listItem = (await ok('POST', '/api/settings/lists', { kind: 'tag', name: `Tag ${w}` }, admin)).item.id as string;
  const customField = (
    await ok('POST', '/api/settings/custom-fields', { entity: 'company', label: `Field ${w}`, type: 'text' }, admin)
  ).item.id as string;
  const agreement = (
    await ok('POST', '/api/agreements', {
      companyId: company,
      number: `A-${w}`,
      date: '2026-11-01',
      amountMinor: 100,
      currency: 'NOK',
      status: 'draft',
    })
  ).item.id as string;
  const invoice = (
    await ok('POST', '/api/invoices', {
      companyId: company,
      number: `I-${w}`,
      date: '2026-11-01',
      amountMinor: 100,
      currency: 'NOK',
      status: 'sent',
    })
  ).item.id as string;
  const activity = (
    await ok('POST', '/api/activities', { type: 'call', subject: `Call ${w}`, durationMinutes: null, userIds: [], ...links })
  ).item.id as string;
  const task = (
    await ok('POST', '/api/tasks', {
      title: `Task ${w}`,
      dueDate: null,
      dueTime: null,
      status: 'open',
      priority: 'normal',
      remindAt: null,
      followUpOf: null,
      ...links,
    })
  ).item.id as string;
  const appointment = (
    await ok('POST', '/api/appointments', {
      title: `Meeting ${w}`,
      startsAt: Date.UTC(2026, 11, 1, 9),
      endsAt: Date.UTC(2026, 11, 1, 10),
      allDay: false,
      ...links,
    })
  ).item.id as string;
  const upload = await t.app.request(`/api/files?name=${encodeURIComponent(`notes ${w}.txt`)}&companyId=${company}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'text/plain' },
    body: `file ${w}`,
  });
  const file = ((await upload.json()) as { item: { id: string } }).item.id;
  const calendarFeed = (await ok('POST', '/api/calendar-feeds', undefined)).feed.id as string;
  const survivor = (await ok('POST', '/api/companies', { name: `Merge ${w} AS` })).company.id as string;
  const mergedAway = (await ok('POST', '/api/companies', { name: `Merge ${w} A/S` })).company.id as string;
  const merge = (await ok('POST', '/api/merges', { entity: 'company', survivorId: survivor, otherId: mergedAway }))
    .mergeId as string;
  const trashedCompany = (await ok('POST', '/api/companies', { name: `Trashed ${w} AS` })).company.id as string;
  await ok('DELETE', `/api/companies/${trashedCompany}`, undefined);
  const trashedContact = (await ok('POST', '/api/contacts', { firstName: 'Trashed', lastName: w })).contact.id as string;
  await ok('DELETE', `/api/contacts/${trashedContact}`, undefined);
  // One deleted item of each timeline kind, for the trash's restore (each a copy of the live one's body).
  const trashed = async (plural: string, body: Record<string, unknown>) => {
    const id = (await ok('POST', `/api/${plural}`, body)).item.id as string;
    await ok('DELETE', `/api/${plural}/${id}`, undefined);
    return id;
  };
  const trashedActivity = await trashed('activities', {
    type: 'call',
    subject: `Trashed call ${w}`,
    durationMinutes: null,
    userIds: [],
    ...links,
  });
  const trashedTask = await trashed('tasks', {
    title: `Trashed task ${w}`,
    dueDate: null,
    dueTime: null,
    status: 'open',
    priority: 'normal',
    remindAt: null,
    followUpOf: null,
    ...links,
  });
  const trashedAppointment = await trashed('appointments', {
    title: `Trashed meeting ${w}`,
    startsAt: Date.UTC(2026, 11, 2, 9),
    endsAt: Date.UTC(2026, 11, 2, 10),
    allDay: false,
    ...links,
  });
  const trashedNote = await trashed('notes', { body: `Trashed note ${w}`, isPrivate: false, ...links });
  const spareCompany = (await ok('POST', '/api/companies', { name: `Spare ${w} AS` })).company.id as string;
  const [attachment] = await t.db.select({ blobKey: attachments.blobKey }).from(attachments).where(eq(attachments.id, file));
  return {
    company,
    contact,
    note,
    emailLog,
    selection,
    listItem,
    customField,
    member: owner.userId,
    agreement,
    invoice,
    activity,
    task,
    appointment,
    file,
    calendarFeed,
    merge,
    trashedCompany,
    trashedContact,
    trashedActivity,
    trashedTask,
    trashedAppointment,
    trashedNote,
    // Kinds no fixture makes: an id that names nothing anywhere is as good as a hidden one.
    notification: newId(),
    mailing: newId(),
    messageKey,
    linkCompany,
    linkContact,
    spareCompany,
    mailContact: contact,
    noteCompany: company,
    blobKey: attachment!.blobKey,
    customFieldKey: customField,
  };
}
