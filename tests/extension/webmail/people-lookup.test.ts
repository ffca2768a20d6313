import { describe, expect, it } from 'vitest';
import { CACHE_VERSIONS, openFjordDb } from '../../../extension/db/fjord-db';
import { setMeta } from '../../../extension/db/meta';
import { applyChanges } from '../../../extension/sync/apply-changes';
import { command } from '../../../extension/sync/command';
import { runCommands } from '../../../extension/sync/commands';
import { addContactCommands } from '../../../extension/webmail/add-contact';
import { logEmail } from '../../../extension/webmail/log-email';
import { lookupPeople } from '../../../extension/webmail/people-lookup';
import { newId } from '../../../shared/ids';
import { cachedRecordBase } from '../../helpers/factories';

const actor = { userId: newId(), workspaceId: 'w1', role: 'member' as const };
const kari = { name: 'Kari N.', address: 'Kari.Nordmann@fiskeri.example.no' };

async function cacheWithKari() {
  const db = openFjordDb(`people-${newId()}`);
  const [contactId, companyId, typeId] = [newId(), newId(), newId()];
  await db.listItems.put({ ...cachedRecordBase(typeId), kind: 'relationshipType', name: 'Customer', sortOrder: 0 } as never);
  await setMeta(db, 'members', [{ id: actor.userId, name: 'Sigrid Salg' }]);
  await runCommands(db, actor, [
    command('company.create', { id: companyId, name: 'Fiskeri Nord AS', website: 'https://fiskeri.example.no' }),
    command('company.update', { id: companyId, patch: { relationshipTypeId: typeId, ownerIds: [actor.userId] } }),
    command('contact.create', {
      id: contactId,
      firstName: 'Kari',
      lastName: 'Nordmann',
      title: 'Innkjøpssjef',
      emails: [{ address: 'kari@private.example' }, { address: 'kari.nordmann@fiskeri.example.no' }],
    }),
    command('contact.linkCompany', { id: newId(), contactId, companyId, position: 'Purchasing' }),
  ]);
  return { db, contactId, companyId };
}

describe('looking webmail participants up in the cache', () => {
  it('finds a contact by any of their e-mails, ignoring case, with company, relationship type and owner', async () => {
    const { db, contactId, companyId } = await cacheWithKari();
    const [card] = await lookupPeople(db, [kari]);
    expect(card).toMatchObject({
      address: kari.address,
      contact: { id: contactId, firstName: 'Kari', lastName: 'Nordmann', title: 'Innkjøpssjef' },
      companies: [
        { id: companyId, name: 'Fiskeri Nord AS', position: 'Purchasing', relationshipType: 'Customer', owners: ['Sigrid Salg'] },
      ],
    });
    expect((await lookupPeople(db, [{ name: null, address: 'KARI@private.example' }]))[0]!.contact?.id).toBe(contactId);
    db.close();
  });

  it('follows e-mail changes: an address taken off the contact no longer finds them', async () => {
    const { db, contactId } = await cacheWithKari();
    await runCommands(db, actor, [
      command('contact.update', { id: contactId, patch: { emails: [{ address: 'kari@new.example' }] } }),
    ]);
    expect((await lookupPeople(db, [kari]))[0]!.contact).toBeNull();
    expect((await lookupPeople(db, [{ name: null, address: 'kari@new.example' }]))[0]!.contact?.id).toBe(contactId);
    db.close();
  });

  it('finds contacts that arrive from the server by their secondary e-mail too', async () => {
    const db = openFjordDb(`people-${newId()}`);
    const row = {
      ...cachedRecordBase(),
      firstName: 'Ola',
      lastName: 'Hansen',
      email: 'ola@fiskeri.example.no',
      emails: [
        { address: 'ola@fiskeri.example.no', label: null },
        { address: 'ola.hansen@home.example', label: 'private' },
      ],
    };
    await db.transaction('rw', db.tables, () => applyChanges(db, [{ type: 'put', entity: 'contact', row } as never], actor));
    expect((await lookupPeople(db, [{ name: null, address: 'ola.hansen@home.example' }]))[0]!.contact?.firstName).toBe('Ola');
    db.close();
  });

  it("lists the contact's newest logged e-mails, newest first, three at most", async () => {
    const { db, contactId } = await cacheWithKari();
    for (const [i, subject] of ['Old', 'Older', 'Newest', 'Newer'].entries()) {
      const sentAt = { Old: 3, Older: 2, Newest: 10, Newer: 9 }[subject]!;
      const email = {
        messageKey: `m${i}`,
        threadId: null,
        subject,
        sentAt,
        from: kari,
        to: [],
        cc: [],
        snippet: '',
        body: null,
        source: 'gmail' as const,
      };
      await logEmail(db, actor, email, [contactId], []);
    }
    const [card] = await lookupPeople(db, [kari]);
    expect(card!.loggedEmails.map((e) => e.subject)).toEqual(['Newest', 'Newer', 'Old']);
    db.close();
  });

  it("shows the contact's open tasks, soonest first, and last activities, newest first", async () => {
    const { db, contactId } = await cacheWithKari();
    const task = (title: string, dueDate: string | null, status = 'open') =>
      command('task.create', {
        id: newId(),
        title,
        description: null,
        dueDate,
        dueTime: null,
        assigneeId: null,
        status: status as 'open',
        priority: 'normal',
        remindAt: null,
        followUpOf: null,
        companyIds: [],
        contactIds: [contactId],
      });
    const activity = (subject: string, occurredAt: number) =>
      command('activity.create', {
        id: newId(),
        type: 'call',
        subject,
        description: null,
        occurredAt,
        durationMinutes: null,
        outcome: null,
        userIds: [],
        companyIds: [],
        contactIds: [contactId],
      });
    await runCommands(db, actor, [
      task('Undated', null),
      task('Later', '2026-12-10'),
      task('Soon', '2026-11-25'),
      task('Finished', '2026-11-01', 'done'),
      activity('First call', 1_000),
      activity('Second call', 2_000),
    ]);
    const [card] = await lookupPeople(db, [kari]);
    expect(card!.openTasks.map((t) => t.title)).toEqual(['Soon', 'Later', 'Undated']);
    expect(card!.lastActivities.map((a) => a.subject)).toEqual(['Second call', 'First call']);
    db.close();
  });

  it('suggests the company with the e-mail domain (or a parent domain) for an unknown person, never for free mail', async () => {
    const { db, companyId } = await cacheWithKari();
    const [ola, sub, free, other] = await lookupPeople(db, [
      { name: 'Ola', address: 'ola@fiskeri.example.no' },
      { name: 'Per', address: 'per@mail.fiskeri.example.no' },
      { name: 'Siv', address: 'siv@gmail.com' },
      { name: 'Ann', address: 'ann@elsewhere.example' },
    ]);
    expect(ola).toMatchObject({
      contact: null,
      suggestedCompany: { id: companyId, name: 'Fiskeri Nord AS' },
      companyDomain: 'fiskeri.example.no',
    });
    expect(sub!.suggestedCompany?.id).toBe(companyId);
    expect(free).toMatchObject({ suggestedCompany: null, companyDomain: null });
    expect(other).toMatchObject({ suggestedCompany: null, companyDomain: 'elsewhere.example' });
    db.close();
  });

  it('saves "Add contact" as contact, new company and link together, and then knows the person', async () => {
    const db = openFjordDb(`people-${newId()}`);
    const { contactId, companyId, commands } = addContactCommands({
      firstName: 'Lars',
      lastName: 'Eriksson',
      title: 'Trafikledare',
      email: 'lars@skargard-logistik.example.se',
      phones: ['+46812345678'],
      website: 'https://skargard-logistik.example.se',
      address: 'Hamngatan 4, 111 47 Stockholm',
      company: { name: 'Skärgård Logistik AB', domain: 'skargard-logistik.example.se' },
    });
    await runCommands(db, actor, commands);
    const [card] = await lookupPeople(db, [{ name: 'Lars', address: 'lars@skargard-logistik.example.se' }]);
    expect(card).toMatchObject({
      contact: { id: contactId, title: 'Trafikledare' },
      companies: [{ id: companyId, name: 'Skärgård Logistik AB', position: 'Trafikledare', isPrimary: true }],
    });
    const contact = await db.contacts.get(contactId);
    expect(contact).toMatchObject({ phone: '+46812345678', url: 'https://skargard-logistik.example.se' });
    expect(contact!.address).toMatchObject({ street: 'Hamngatan 4', postalCode: '111 47', city: 'Stockholm' });
    expect((await db.companies.get(companyId!))?.domain).toBe('skargard-logistik.example.se');
    expect(await db.outbox.count()).toBe(3);
    db.close();
  });

  it('saves nothing when part of "Add contact" is invalid', async () => {
    const db = openFjordDb(`people-${newId()}`);
    const { commands } = addContactCommands({
      firstName: 'Lars',
      lastName: '',
      title: '',
      email: 'not an address',
      phones: [],
      website: '',
      address: '',
      company: { name: 'Skärgård Logistik AB', domain: null },
    });
    await expect(runCommands(db, actor, commands)).rejects.toThrow(/emails\.0\.address/);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.companies.count()).toBe(0);
    db.close();
  });

  it('indexes the e-mails of contacts cached before version 5 when the cache upgrades', async () => {
    const name = `upgrade-${newId()}`;
    const { Dexie } = await import('dexie');
    const v4 = new Dexie(name);
    for (const [i, stores] of CACHE_VERSIONS.slice(0, 4).entries()) v4.version(i + 1).stores(stores);
    await v4.table('contacts').put({
      ...cachedRecordBase('c1'),
      firstName: 'Kari',
      lastName: null,
      email: 'kari@a.example',
      emails: [
        { address: 'kari@a.example', label: null },
        { address: 'Kari@B.example', label: null },
      ],
    });
    v4.close();
    const db = openFjordDb(name);
    expect((await lookupPeople(db, [{ name: null, address: 'kari@b.example' }]))[0]!.contact?.id).toBe('c1');
    db.close();
  });
});
