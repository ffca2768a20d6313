import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import type { PullResponse } from '../../shared/sync/protocol';
import { pushBody } from '../helpers/factories';
import { type ApiCall, apiCaller, createTestApp } from '../helpers/test-app';

describe('trash of records and timeline items', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  let companyId: string;
  beforeEach(async () => {
    t = await createTestApp();
    token = await t.login();
    companyId = (await call('POST', '/api/companies', { name: 'Kaikanten AS' })).body.company.id;
  });
  afterEach(() => t.close());

  const call: ApiCall = (...args) => apiCaller(t.app, token)(...args);
  const links = () => ({ companyIds: [companyId], contactIds: [] });
  const note = async (body: string, isPrivate: boolean, as = token) =>
    (await call('POST', '/api/notes', { body, isPrivate, ...links() }, as)).body.item.id as string;
  const titles = async (entity: string, as = token) =>
    (await call('GET', `/api/trash?entity=${entity}`, undefined, as)).body.items.map((i: { title: string }) => i.title);

  it('names who deleted a record and when, for the list and for its old link', async () => {
    const member = await t.addUser('member');
    const before = Date.now();
    await call('DELETE', `/api/companies/${companyId}`, undefined, member.token);
    const [item] = (await call('GET', '/api/trash?entity=company')).body.items;
    expect(item).toMatchObject({ entity: 'company', id: companyId, title: 'Kaikanten AS', deletedBy: { id: member.id } });
    expect(item.deletedBy.name).toMatch(/^member /);
    expect(item.deletedAt).toBeGreaterThanOrEqual(before);
    // The member who may see the record learns it is in the trash, as its history would tell them.
    const old = await call('GET', `/api/trash/company/${companyId}`, undefined, member.token);
    expect(old.status).toBe(200);
    expect(old.body.item).toEqual(item);
  });

  it('lists deleted activities, tasks, appointments and notes, and restores each with history and sync', async () => {
    const activity = (
      await call('POST', '/api/activities', {
        type: 'call',
        subject: 'Ringte om tilbud',
        durationMinutes: null,
        userIds: [],
        ...links(),
      })
    ).body.item.id;
    const task = (await call('POST', '/api/tasks', { title: 'Send kontrakt', ...links() })).body.item.id;
    const appointment = (
      await call('POST', '/api/appointments', {
        title: 'Møte på kaia',
        startsAt: Date.UTC(2026, 11, 1, 9),
        endsAt: Date.UTC(2026, 11, 1, 10),
        allDay: false,
        ...links(),
      })
    ).body.item.id;
    const shared = await note('**Viktig:** ring tilbake', false);
    for (const [plural, id] of [
      ['activities', activity],
      ['tasks', task],
      ['appointments', appointment],
      ['notes', shared],
    ]) {
      expect((await call('DELETE', `/api/${plural}/${id}`)).status).toBe(200);
    }
    expect(await titles('activity')).toEqual(['Ringte om tilbud']);
    expect(await titles('task')).toEqual(['Send kontrakt']);
    expect(await titles('appointment')).toEqual(['Møte på kaia']);
    expect(await titles('note')).toEqual(['Viktig: ring tilbake']);

    expect((await call('POST', `/api/trash/task/${task}/restore`)).status).toBe(200);
    expect(await titles('task')).toEqual([]);
    expect((await call('GET', `/api/tasks/${task}`)).status).toBe(200);
    // The same restore pushed by the extension: one named mutation, the same outcome.
    const pushed = await call('POST', '/sync/push', pushBody(newId(), [{ name: 'note.restore', args: { id: shared } }]));
    expect(pushed.body.results[0].status).toBe('applied');
    const pulled = (await call('GET', `/sync/pull?protocolVersion=1&cursor=${t.baseVersion}`)).body as PullResponse;
    expect(pulled.changes).toContainEqual(
      expect.objectContaining({ type: 'put', entity: 'note', row: expect.objectContaining({ id: shared }) }),
    );
  });

  it("never shows someone's private deleted note in another's trash, nor lets them restore or look it up", async () => {
    const member = await t.addUser('member');
    const secret = await note('Lønnsforhandling med Kari', true, member.token);
    await call('DELETE', `/api/notes/${secret}`, undefined, member.token);
    const mine = await note('Min egen private lapp', true);
    await call('DELETE', `/api/notes/${mine}`);
    const otherAdmin = await t.addUser('admin');

    expect(await titles('note')).toEqual(['Min egen private lapp']);
    expect(await titles('note', otherAdmin.token)).toEqual([]);
    for (const as of [token, otherAdmin.token]) {
      expect((await call('GET', `/api/trash/note/${secret}`, undefined, as)).status).toBe(404);
      const restore = await call('POST', `/api/trash/note/${secret}/restore`, undefined, as);
      expect(restore.status).toBe(404);
      expect(JSON.stringify(restore.body)).not.toContain('Lønnsforhandling');
      const pushed = await call('POST', '/sync/push', pushBody(newId(), [{ name: 'note.restore', args: { id: secret } }]), as);
      expect(pushed.body.results[0]).toMatchObject({ status: 'rejected', reason: 'notFound' });
    }
    expect((await call('GET', `/api/trash/note/${mine}`, undefined, otherAdmin.token)).status).toBe(404);
    // Its author is a member: restoring is the admins', so even they are refused, in words.
    const own = await call('POST', `/api/trash/note/${secret}/restore`, undefined, member.token);
    expect(own.status).toBe(403);
    expect(own.body.error.message).toMatch(/admins/);
  });

  it("keeps each workspace's trash its own", async () => {
    const other = await t.otherWorkspace();
    await call('DELETE', `/api/companies/${companyId}`);
    const theirNote = (
      await call(
        'POST',
        '/api/notes',
        {
          body: 'Deres notat',
          isPrivate: false,
          companyIds: [(await call('POST', '/api/companies', { name: 'Utland Ltd' }, other.token)).body.company.id],
          contactIds: [],
        },
        other.token,
      )
    ).body.item.id;
    await call('DELETE', `/api/notes/${theirNote}`, undefined, other.token);
    expect(await titles('company', other.token)).toEqual([]);
    expect(await titles('note')).toEqual([]);
    expect((await call('GET', `/api/trash/company/${companyId}`, undefined, other.token)).status).toBe(404);
    expect((await call('POST', `/api/trash/note/${theirNote}/restore`)).status).toBe(404);
  });

  it('answers 404 for the old link of a record that is not in the trash, and 403 to a member listing it', async () => {
    expect((await call('GET', `/api/trash/company/${companyId}`)).status).toBe(404);
    const member = await t.addUser('member');
    const res = await call('GET', '/api/trash?entity=note', undefined, member.token);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/admins/);
  });
  it("bulk-deletes a selection record by record: each to the trash with its delete line, another workspace's refused by id", async () => {
    const member = await t.addUser('member');
    const ids = [companyId];
    for (const name of ['Bølgen AS', 'Fjæra AS']) ids.push((await call('POST', '/api/companies', { name })).body.company.id);
    const other = await t.otherWorkspace();
    const theirs = (await call('POST', '/api/companies', { name: 'Utland Ltd' }, other.token)).body.company.id;
    const res = await call('POST', '/api/companies/bulk', { ids: [...ids, theirs], action: { type: 'delete' } }, member.token);
    expect(res.status).toBe(200);
    expect(res.body.applied).toBe(3);
    expect(res.body.rejected.map((r: { id: string; reason: string }) => [r.id, r.reason])).toEqual([[theirs, 'notFound']]);
    expect((await titles('company')).sort()).toEqual(['Bølgen AS', 'Fjæra AS', 'Kaikanten AS']);
    expect((await call('GET', `/api/companies/${theirs}`, undefined, other.token)).status).toBe(200);
    for (const id of ids) {
      const actions = (await call('GET', `/api/history/company/${id}`)).body.entries.map((e: { action: string }) => e.action);
      expect(actions.filter((a: string) => a === 'delete')).toHaveLength(1);
    }
    const contacts = await call('POST', '/api/contacts/bulk', { ids: [newId()], action: { type: 'delete' } });
    expect(contacts.body.rejected).toHaveLength(1);
  });
});
