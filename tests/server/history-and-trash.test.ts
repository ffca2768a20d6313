import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../shared/sync/protocol';
import { and, eq } from 'drizzle-orm';
import { auditLog, users } from '../../server/db/schema';
import { newId } from '../../shared/ids';
import { purgeTrash } from '../../server/domain/purge-trash';
import { companyArgs, pushBody } from '../helpers/factories';
import { type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

describe('history and trash', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);

  it('records who changed which field, from what to what, and through which channel', async () => {
    const company = (
      await call('POST', '/api/companies', { name: 'Sjøkanten AS', phone: '+47 22 00 00 01' }, token, {
        'x-fjord-channel': 'dashboard',
      })
    ).body.company;
    await call('PATCH', `/api/companies/${company.id}`, { phone: '+47 22 00 00 02' });
    await t.app.request(
      '/sync/push',
      json(
        'POST',
        pushBody(newId(), [{ name: 'company.update', args: { id: company.id, patch: { name: 'Sjøkanten Restaurant AS' } } }]),
        token,
      ),
    );
    const { entries } = (await call('GET', `/api/history/company/${company.id}`)).body;
    const lines = entries.map((e: any) => [e.action, e.field, e.oldValue, e.newValue, e.channel, e.user.name]);
    expect(lines.slice(0, 2)).toEqual([
      ['update', 'name', 'Sjøkanten AS', 'Sjøkanten Restaurant AS', 'extension', 'Admin'],
      ['update', 'phone', '+47 22 00 00 01', '+47 22 00 00 02', 'api', 'Admin'],
    ]);
    expect(entries.filter((e: any) => e.action === 'create').every((e: any) => e.channel === 'dashboard')).toBe(true);
    expect(entries.find((e: any) => e.field === 'name' && e.action === 'create').newValue).toBe('Sjøkanten AS');

    const imported = (await call('POST', '/api/contacts', { firstName: 'Vilde' }, token, { 'x-fjord-channel': 'import' })).body
      .contact;
    const contactHistory = (await call('GET', `/api/history/contact/${imported.id}`)).body.entries;
    expect(contactHistory.every((e: any) => e.channel === 'import')).toBe(true);
  });

  it("names the ids in a history, deleted list values and deactivated members included, but not another workspace's", async () => {
    const tag = async (name: string) => (await call('POST', '/api/settings/lists', { kind: 'tag', name })).body.item.id as string;
    const [hot, cold] = [await tag('Hot lead'), await tag('Cold')];
    const member = await t.addUser('member');
    const parent = (await call('POST', '/api/companies', { name: 'Havbruk Nord AS' })).body.company;
    const company = (await call('POST', '/api/companies', { name: 'Havbruk Lofoten AS', tagIds: [cold] })).body.company;
    await call('PATCH', `/api/companies/${company.id}`, { tagIds: [hot], ownerIds: [member.id], parentId: parent.id });
    await call('DELETE', `/api/settings/lists/${cold}`);
    await t.db.update(users).set({ active: false }).where(eq(users.id, member.id));
    const other = await t.otherWorkspace();
    const foreign = (await apiCaller(t.app, other.token)('POST', '/api/settings/lists', { kind: 'tag', name: 'Secret' })).body
      .item.id as string;
    // An id from elsewhere in a value (no write lets one in: this stands for any that slipped through).
    const updated = and(eq(auditLog.recordId, company.id), eq(auditLog.action, 'update'));
    const [{ changes }] = (await t.db.select({ changes: auditLog.changes }).from(auditLog).where(updated)) as [
      { changes: Record<string, [unknown, unknown]> },
    ];
    await t.db
      .update(auditLog)
      .set({ changes: { ...changes, tagIds: [[cold], [hot, foreign]] } })
      .where(updated);
    const [kept] = await t.db.select({ name: users.name }).from(users).where(eq(users.id, member.id));

    const { names } = (await call('GET', `/api/history/company/${company.id}`)).body;
    expect(names).toEqual({ [hot]: 'Hot lead', [cold]: 'Cold', [parent.id]: 'Havbruk Nord AS', [member.id]: kept!.name });
    expect(JSON.stringify(names)).not.toContain('Secret');
  });

  it('filters the history by date range', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Tid AS' })).body.company;
    const future = Date.now() + 60_000;
    expect((await call('GET', `/api/history/company/${company.id}?from=${future}`)).body.entries).toEqual([]);
    expect((await call('GET', `/api/history/company/${company.id}?to=${future}`)).body.entries.length).toBeGreaterThan(0);
  });

  it('moves a deleted company to the trash and restores it with its contacts and history', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Angrer AS' })).body.company;
    const contact = (await call('POST', '/api/contacts', { firstName: 'Siri' })).body.contact;
    await call('POST', `/api/contacts/${contact.id}/companies`, { companyId: company.id, position: 'CEO' });
    await call('DELETE', `/api/companies/${company.id}`);
    expect((await call('GET', '/api/companies?q=Angrer')).body.items).toEqual([]);
    const trash = (await call('GET', '/api/trash?entity=company')).body.items;
    expect(trash.map((c: any) => c.title)).toEqual(['Angrer AS']);
    const pulled = (await call('GET', `/sync/pull?protocolVersion=1&cursor=${t.baseVersion}`)).body as PullResponse;
    expect(pulled.changes).toContainEqual({ type: 'remove', entity: 'company', id: company.id });

    expect((await call('POST', `/api/trash/company/${company.id}/restore`)).status).toBe(200);
    const card = (await call('GET', `/api/companies/${company.id}`)).body;
    expect(card.contacts.map((c: any) => c.position)).toEqual(['CEO']);
    const actions = (await call('GET', `/api/history/company/${company.id}`)).body.entries.map((e: any) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['create', 'delete', 'restore']));
  });

  it('refuses to restore what is not in the trash, and members may not see the trash', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Levende AS' })).body.company;
    const res = await call('POST', `/api/trash/company/${company.id}/restore`);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(/not in the trash/);
    const member = await t.addUser('member');
    expect((await call('GET', '/api/trash', undefined, member.token)).status).toBe(403);
  });

  it("cannot restore another workspace's record or read its history", async () => {
    const other = await t.otherWorkspace();
    const theirs = (await call('POST', '/api/companies', companyArgs({ name: 'Deres AS' }), other.token)).body.company;
    await call('DELETE', `/api/companies/${theirs.id}`, undefined, other.token);
    expect((await call('POST', `/api/trash/company/${theirs.id}/restore`)).status).toBe(404);
    expect((await call('GET', `/api/history/company/${theirs.id}`)).status).toBe(404);
  });

  it('purges what has been in the trash longer than the retention, links included', async () => {
    const company = (await call('POST', '/api/companies', { name: 'Gammel AS' })).body.company;
    const contact = (await call('POST', '/api/contacts', { firstName: 'Knut' })).body.contact;
    await call('POST', `/api/contacts/${contact.id}/companies`, { companyId: company.id });
    await call('DELETE', `/api/companies/${company.id}`);
    expect(await purgeTrash(t.deps, Date.now() + 89 * 86_400_000)).toBe(0);
    expect(await purgeTrash(t.deps, Date.now() + 91 * 86_400_000)).toBe(1);
    expect((await call('GET', '/api/trash?entity=company')).body.items).toEqual([]);
    expect((await call('GET', `/api/contacts/${contact.id}`)).body.companies).toEqual([]);
  });
});
