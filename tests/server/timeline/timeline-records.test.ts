import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/ids';
import type { Change } from '../../../shared/sync/protocol';
import { pushBody } from '../../helpers/factories';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';

describe('activities, tasks, appointments and notes', () => {
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

  it('logs a call now, and makes a follow-up task assigned to the caller; done is dated, reopening clears it', async () => {
    const call1 = await call('POST', '/api/activities', {
      type: 'call',
      subject: 'Price for the spring season',
      outcome: 'Wants an offer by Friday',
      durationMinutes: 12,
      companyIds: [company.id],
      contactIds: [kari.id],
    });
    expect(call1.status, JSON.stringify(call1.body)).toBe(201);
    expect(call1.body.item).toMatchObject({ type: 'call', durationMinutes: 12, description: null, userIds: [] });
    expect(Math.abs(call1.body.item.occurredAt - Date.now())).toBeLessThan(5_000);

    const task = await call('POST', '/api/tasks', {
      title: 'Send the offer',
      dueDate: '2026-11-27',
      dueTime: '09:00',
      followUpOf: call1.body.item.id,
      companyIds: [company.id],
    });
    expect(task.status, JSON.stringify(task.body)).toBe(201);
    expect(task.body.item).toMatchObject({ status: 'open', priority: 'normal', assigneeId: t.first.userId, completedAt: null });

    const done = await call('PATCH', `/api/tasks/${task.body.item.id}`, { status: 'done' });
    expect(done.body.item.completedAt).toBeGreaterThan(0);
    const again = await call('PATCH', `/api/tasks/${task.body.item.id}`, { title: 'Send the offer (v2)' });
    expect(again.body.item.completedAt).toBe(done.body.item.completedAt);
    const reopened = await call('PATCH', `/api/tasks/${task.body.item.id}`, { status: 'open' });
    expect(reopened.body.item.completedAt).toBeNull();
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const other = await t.otherWorkspace();
    const before = (await call('GET', '/sync/pull?protocolVersion=1&cursor=0&limit=1000')).body.cursor;
    const cases: [string, unknown, string][] = [
      ['/api/appointments', { title: 'Visit', startsAt: Date.UTC(2026, 11, 1, 10), endsAt: Date.UTC(2026, 11, 1, 9) }, 'endsAt'],
      ['/api/appointments', { title: 'Visit', startsAt: 5, endsAt: 10, videoUrl: 'javascript:alert(1)' }, 'videoUrl'],
      ['/api/tasks', { title: 'Call back', assigneeId: other.userId }, 'assigneeId'],
      ['/api/tasks', { title: 'Call back', dueTime: '09:00' }, 'dueTime'],
      ['/api/tasks', { title: 'Call back', dueDate: '2026-02-30' }, 'dueDate'],
      ['/api/tasks', { title: 'Call back', followUpOf: newId() }, 'followUpOf'],
      ['/api/activities', { type: 'call', subject: 'No one' }, 'companyIds'],
      ['/api/activities', { type: 'fax', subject: 'Old times', companyIds: [company.id] }, 'type'],
      ['/api/activities', { type: newId(), subject: 'Made-up type', companyIds: [company.id] }, 'type'],
      ['/api/activities', { type: 'call', subject: 'Foreign', contactIds: [newId()] }, 'contactIds'],
      ['/api/notes', { body: '   ', companyIds: [company.id] }, 'body'],
    ];
    for (const [path, body, field] of cases) {
      const res = await call('POST', path, body);
      expect(res.status, `${path} ${field}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(JSON.stringify(res.body.error), field).toContain(field);
    }
    expect((await call('GET', '/sync/pull?protocolVersion=1&cursor=0&limit=1000')).body.cursor).toBe(before);
  });

  it('accepts workspace-defined activity types', async () => {
    const type = (await call('POST', '/api/settings/lists', { kind: 'activityType', name: 'Trade fair' })).body.item;
    const res = await call('POST', '/api/activities', { type: type.id, subject: 'Met at Nor-Fishing', companyIds: [company.id] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  });

  it("keeps a private note its author's alone: API, sync and edits", async () => {
    const member = await t.addUser('member');
    const asMember = apiCaller(t.app, member.token);
    const note = (
      await call('POST', '/api/notes', { body: 'Considering a competitor', isPrivate: true, companyIds: [company.id] })
    ).body.item;
    const shared = (await call('POST', '/api/notes', { body: 'Prefers e-mail', companyIds: [company.id] })).body.item;
    expect((await call('GET', `/api/notes/${note.id}`)).status).toBe(200);
    expect((await asMember('GET', `/api/notes/${note.id}`)).status).toBe(404);
    expect((await asMember('PATCH', `/api/notes/${note.id}`, { body: 'mine now' })).status).toBe(404);
    expect((await asMember('DELETE', `/api/notes/${note.id}`)).status).toBe(404);
    expect((await asMember('GET', `/api/notes/${shared.id}`)).status).toBe(200);
    const pushed = await asMember(
      'POST',
      '/sync/push',
      pushBody(newId(), [{ name: 'note.update', args: { id: note.id, patch: { isPrivate: false } } }]),
    );
    expect(pushed.body.results[0]).toMatchObject({ status: 'rejected', reason: 'notFound' });

    const pull = (await asMember('GET', '/sync/pull?protocolVersion=1&cursor=0&limit=1000')).body as { changes: Change[] };
    const notes = pull.changes.filter((ch) => ch.entity === 'note');
    expect(notes).toContainEqual({ type: 'remove', entity: 'note', id: note.id });
    expect(JSON.stringify(pull.changes)).not.toContain('Considering a competitor');
    expect(notes.find((ch) => ch.type === 'put')).toMatchObject({ row: { id: shared.id } });

    // A member's own private note is theirs; the admin does not see it either.
    const mine = (await asMember('POST', '/api/notes', { body: 'My hunch', isPrivate: true, contactIds: [kari.id] })).body.item;
    expect((await call('GET', `/api/notes/${mine.id}`)).status).toBe(404);
  });
});
