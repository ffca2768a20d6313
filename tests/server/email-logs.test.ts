import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emailLogId } from '../../shared/mail/email-log-id';
import { newId } from '../../shared/ids';
import type { Change } from '../../shared/sync/protocol';
import { pushBody } from '../helpers/factories';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

describe('logged e-mails and blocked access', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  let kari: { id: string };
  let havbruk: { id: string };
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
    kari = (await call('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann', email: 'kari@havbruk.example.no' }))
      .body.contact;
    havbruk = (await call('POST', '/api/companies', { name: 'Havbruk Nord AS', country: 'NO' })).body.company;
  });
  afterEach(() => t.close());

  const message = (over: Record<string, unknown> = {}) => ({
    messageKey: '<CAF1234@mail.gmail.example.com>',
    threadId: 'thread-f:1790',
    subject: 'Tilbud på fôrflåte',
    sentAt: Date.UTC(2026, 10, 20, 9, 30),
    from: { name: 'Kari Nordmann', address: 'Kari@Havbruk.example.no' },
    to: [{ name: null, address: 'selger@fjord.example.no' }],
    cc: [],
    snippet: 'Hei! Her er tilbudet vi snakket om.',
    source: 'gmail',
    contactIds: [kari.id],
    companyIds: [],
    ...over,
  });

  it('logs a message once: logging it again, also from sync, only adds links', async () => {
    const first = await call('POST', '/api/email-logs', message());
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.item).toMatchObject({
      id: emailLogId(t.first.workspaceId, message().messageKey),
      from: { address: 'kari@havbruk.example.no' },
    });
    const again = await call('POST', '/api/email-logs', message({ companyIds: [havbruk.id], subject: 'changed' }));
    expect(again.status).toBe(200);
    expect(again.body.item).toMatchObject({ subject: 'Tilbud på fôrflåte', contactIds: [kari.id], companyIds: [havbruk.id] });

    const id = first.body.item.id as string;
    const push = await call(
      'POST',
      '/sync/push',
      pushBody(newId(), [{ name: 'emailLog.log', args: { ...message(), id, body: null } }]),
    );
    expect(push.body.results[0].status).toBe('applied');
    expect((await call('GET', `/api/email-logs?contactId=${kari.id}`)).body.items).toHaveLength(1);
    expect((await call('GET', `/api/email-logs?companyId=${havbruk.id}`)).body.items).toHaveLength(1);

    const wrongId = await call(
      'POST',
      '/sync/push',
      pushBody(newId(), [{ name: 'emailLog.log', args: { ...message(), id: newId(), body: null } }]),
    );
    expect(wrongId.body.results[0]).toMatchObject({ status: 'rejected', field: 'id' });
  });

  it('keeps a snippet only, unless the whole message is chosen; a later log with the body fills it in', async () => {
    const first = await call('POST', '/api/email-logs', message());
    expect(first.body.item.body).toBeNull();
    const body = 'Hei!\n\nHer er tilbudet vi snakket om.\n\nMvh Kari';
    const again = await call('POST', '/api/email-logs', message({ body }));
    expect(again.body.item).toMatchObject({ body, snippet: 'Hei! Her er tilbudet vi snakket om.' });
    const third = await call('POST', '/api/email-logs', message({ body: 'another copy' }));
    expect(third.body.item.body).toBe(body);
  });

  it('refuses a log without links, with an unknown or foreign contact, or a bad address, naming the field', async () => {
    const other = await t.otherWorkspace();
    const theirs = (await apiCaller(t.app, other.token)('POST', '/api/contacts', { firstName: 'Per' })).body.contact;
    const cases: [Record<string, unknown>, string][] = [
      [{ contactIds: [] }, 'contactIds'],
      [{ contactIds: [theirs.id] }, 'contactIds'],
      [{ contactIds: [newId()] }, 'contactIds'],
      [{ from: { name: 'X', address: 'not an address' } }, 'from'],
      [{ snippet: 'x'.repeat(301) }, 'snippet'],
    ];
    for (const [over, field] of cases) {
      const res = await call('POST', '/api/email-logs', message(over));
      expect(res.status, field).toBe(400);
      expect(JSON.stringify(res.body.error), field).toContain(field);
    }
    expect((await call('GET', `/api/email-logs?contactId=${kari.id}`)).body.items).toEqual([]);
  });

  it("hides a blocked contact's e-mails from everyone but admins, through the API and sync, until unblocked", async () => {
    const member = await t.addUser('member');
    const asMember = apiCaller(t.app, member.token);
    const { id } = (await call('POST', '/api/email-logs', message())).body.item;
    const pullAll = async () => {
      const res = await asMember('GET', '/sync/pull?protocolVersion=1&cursor=0&limit=1000');
      return res.body as { cursor: number; changes: Change[] };
    };
    const first = await pullAll();
    expect(first.changes.find((ch) => ch.entity === 'emailLog')).toMatchObject({ type: 'put' });

    expect((await asMember('PUT', `/api/contacts/${kari.id}/email-access`, { blocked: true })).status).toBe(403);
    expect((await call('PUT', `/api/contacts/${kari.id}/email-access`, { blocked: true })).body.contact.emailsBlocked).toBe(true);

    const since = (await asMember('GET', `/sync/pull?protocolVersion=1&cursor=${first.cursor}`)).body as { changes: Change[] };
    expect(since.changes.find((ch) => ch.entity === 'emailLog')).toEqual({ type: 'remove', entity: 'emailLog', id });
    expect((await asMember('GET', `/api/email-logs?contactId=${kari.id}`)).body.items).toEqual([]);
    expect((await asMember('GET', `/api/email-logs/${id}`)).status).toBe(404);
    expect((await call('GET', `/api/email-logs?contactId=${kari.id}`)).body.items).toHaveLength(1);
    const adminPull = (await call('GET', '/sync/pull?protocolVersion=1&cursor=0&limit=1000')).body as { changes: Change[] };
    expect(adminPull.changes.find((ch) => ch.entity === 'emailLog')).toMatchObject({ type: 'put' });

    await call('PUT', `/api/contacts/${kari.id}/email-access`, { blocked: false });
    expect((await asMember('GET', `/api/email-logs?contactId=${kari.id}`)).body.items).toHaveLength(1);
    const back = (await pullAll()).changes.find((ch) => ch.entity === 'emailLog');
    expect(back).toMatchObject({ type: 'put' });
  });
});
