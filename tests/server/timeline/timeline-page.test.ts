import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailLogId } from '../../../shared/mail/email-log-id';
import { newId } from '../../../shared/ids';
import { pushBody } from '../../helpers/factories';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';

type Item = { kind: string; id: string; at: number; record: any };

describe('the card timeline', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  let company: { id: string };
  let kari: { id: string };
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
    company = (await call('POST', '/api/companies', { name: 'Havbruk Nord AS', country: 'NO' })).body.company;
    kari = (await call('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann' })).body.contact;
  });
  afterEach(() => t.close());

  const pages = async (query: string, as?: string) => {
    const all: Item[] = [];
    let cursor: string | null = null;
    let count = 0;
    do {
      const res = await call('GET', `/api/timeline?${query}${cursor ? `&cursor=${cursor}` : ''}`, undefined, as);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      all.push(...res.body.items);
      cursor = res.body.next;
      count++;
    } while (cursor && count < 50);
    return { all, count };
  };

  it('pages through everything newest first, with no gaps or repeats, including history', async () => {
    const base = Date.UTC(2026, 9, 1);
    const mutations = Array.from({ length: 130 }, (_, i) => ({
      name: 'activity.create',
      args: {
        id: newId(),
        type: i % 2 ? 'call' : 'visit',
        subject: `Contact ${i}`,
        description: null,
        // Pairs share a time: the order within one must hold across page edges too.
        occurredAt: base + Math.floor(i / 2) * 60_000,
        durationMinutes: null,
        outcome: null,
        userIds: [],
        companyIds: [company.id],
        contactIds: [],
      },
    }));
    const pushed = await call('POST', '/sync/push', pushBody(newId(), mutations));
    expect(pushed.body.results.every((r: { status: string }) => r.status === 'applied')).toBe(true);
    await call('PATCH', `/api/companies/${company.id}`, { phone: '+47 22 33 44 55' });

    const { all, count } = await pages(`companyId=${company.id}&limit=50`);
    expect(count).toBe(3);
    expect(all).toHaveLength(130 + 2); // the company's creation and its change are history lines
    expect(new Set(all.map((i) => `${i.kind}:${i.id}`)).size).toBe(all.length);
    for (let i = 1; i < all.length; i++) expect(all[i - 1]!.at).toBeGreaterThanOrEqual(all[i]!.at);
    expect(all[0]).toMatchObject({
      kind: 'history',
      record: { action: 'update', changes: { phone: [null, '+47 22 33 44 55'] } },
    });

    const visits = await pages(`companyId=${company.id}&kinds=activity&from=${base}&to=${base + 9 * 60_000}&limit=7`);
    expect(visits.all.map((i) => i.record.subject)).toEqual(Array.from({ length: 20 }, (_, i) => `Contact ${19 - i}`));
    expect((await call('GET', `/api/timeline?companyId=${company.id}&kinds=fax`)).status).toBe(400);
    expect((await call('GET', `/api/timeline?companyId=${company.id}&cursor=nonsense`)).status).toBe(400);
    expect((await call('GET', `/api/timeline?companyId=${newId()}`)).status).toBe(404);
    expect((await call('GET', `/api/timeline?companyId=${company.id}&contactId=${kari.id}`)).status).toBe(400);
  });

  it('shows a note written on a company about a contact on both, and every kind in one list', async () => {
    await call('POST', '/api/notes', { body: 'Met **Kari** at the fair', companyIds: [company.id], contactIds: [kari.id] });
    await call('POST', '/api/tasks', { title: 'Send brochure', contactIds: [kari.id] });
    const nextMonth = Date.now() + 30 * 86_400_000;
    await call('POST', '/api/appointments', {
      title: 'Visit',
      startsAt: nextMonth,
      endsAt: nextMonth + 3_600_000,
      contactIds: [kari.id],
    });
    await call('POST', '/api/email-logs', {
      messageKey: '<m1@havbruk.example.no>',
      subject: 'Offer',
      sentAt: Date.UTC(2026, 10, 2),
      from: { name: 'Kari', address: 'kari@havbruk.example.no' },
      to: [],
      cc: [],
      snippet: 'Hi',
      source: 'gmail',
      contactIds: [kari.id],
      companyIds: [],
    });
    const onCompany = (await pages(`companyId=${company.id}&kinds=note`)).all;
    expect(onCompany.map((i) => i.record.body)).toEqual(['Met **Kari** at the fair']);
    const onKari = (await pages(`contactId=${kari.id}&kinds=note,task,appointment,email`)).all;
    // The appointment by its start (next month), note and task by when they were written, the e-mail by when it was sent.
    expect(onKari.map((i) => i.kind)).toEqual(['appointment', 'task', 'note', 'email']);
  });

  it("never shows someone else's private note or a blocked contact's e-mails, and still fills the page", async () => {
    const member = await t.addUser('member');
    const asMember = apiCaller(t.app, member.token);
    await call('POST', '/api/notes', { body: 'Secret', isPrivate: true, contactIds: [kari.id] });
    for (let i = 0; i < 6; i++) {
      const messageKey = `<m${i}@havbruk.example.no>`;
      await call('POST', '/api/email-logs', {
        messageKey,
        subject: `Mail ${i}`,
        sentAt: Date.UTC(2026, 10, 10 + i),
        from: { name: 'Kari', address: 'kari@havbruk.example.no' },
        snippet: '',
        contactIds: [kari.id],
        companyIds: [company.id],
      });
      expect(emailLogId(t.first.workspaceId, messageKey)).toBeTruthy();
    }
    for (let i = 0; i < 3; i++) await call('POST', '/api/notes', { body: `Shared ${i}`, companyIds: [company.id] });
    await call('PUT', `/api/contacts/${kari.id}/email-access`, { blocked: true });

    const asKariMember = (await pages(`contactId=${kari.id}&kinds=note,email`, member.token)).all;
    expect(asKariMember).toEqual([]);
    const first = (await asMember('GET', `/api/timeline?companyId=${company.id}&kinds=note,email&limit=2`)).body;
    expect(first.items.map((i: Item) => i.record.body)).toEqual(['Shared 2', 'Shared 1']);
    const admin = (await pages(`contactId=${kari.id}&kinds=note,email`)).all;
    expect(admin).toHaveLength(7);
  });
});
