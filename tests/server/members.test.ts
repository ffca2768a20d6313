import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../shared/ids';
import { type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

describe('workspace members', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const sigrid = { name: 'Sigrid Salg', email: 'Sigrid@Fjord.example', role: 'member', password: 'fjord-long-password' };

  it('lets an admin add a member, who signs in to this workspace only', async () => {
    const res = await call('POST', '/api/settings/members', sigrid);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.member).toMatchObject({ name: 'Sigrid Salg', email: 'sigrid@fjord.example', role: 'member' });
    expect(JSON.stringify(res.body)).not.toContain('password');
    const login = await t.app.request(
      '/api/auth/login',
      json('POST', { email: 'sigrid@fjord.example', password: sigrid.password }),
    );
    expect(login.status).toBe(200);
    const asSigrid = apiCaller(t.app, ((await login.json()) as { token: string }).token);
    const members = (await asSigrid('GET', '/api/settings/members')).body.members as { email: string }[];
    expect(members.map((m) => m.email).sort()).toEqual(['admin@example.no', 'sigrid@fjord.example']);
  });

  it('refuses members, taken addresses and bad input, writing nothing', async () => {
    const member = await t.addUser('member');
    expect((await call('POST', '/api/settings/members', sigrid, member.token)).status).toBe(403);
    const other = await t.otherWorkspace();
    const taken = await call('POST', '/api/settings/members', { ...sigrid, email: 'Admin@example.no' });
    expect(taken.status).toBe(409);
    expect(taken.body.error.issues[0].path).toEqual(['email']);
    const bad = await call('POST', '/api/settings/members', { ...sigrid, email: 'nope', password: 'short' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.issues.map((i: { path: string[] }) => i.path[0]).sort()).toEqual(['email', 'password']);
    expect((await call('GET', '/api/settings/members')).body.members).toHaveLength(2);
    expect((await call('PATCH', `/api/settings/members/${other.userId}`, { name: 'Taken over' })).status).toBe(404);
    expect((await call('PATCH', `/api/settings/members/${newId()}`, { name: 'Nobody' })).status).toBe(404);
  });

  it('changes names and roles, but never leaves the workspace without an admin', async () => {
    const added = (await call('POST', '/api/settings/members', sigrid)).body.member;
    const promoted = await call('PATCH', `/api/settings/members/${added.id}`, { role: 'admin', name: 'Sigrid S.' });
    expect(promoted.body.member).toMatchObject({ role: 'admin', name: 'Sigrid S.' });
    expect((await call('PATCH', `/api/settings/members/${t.first.userId}`, { role: 'member' })).status).toBe(200);
    // The first admin is a member now and may no longer manage anyone; Sigrid is the last admin.
    expect((await call('PATCH', `/api/settings/members/${added.id}`, { role: 'member' })).status).toBe(403);
    const asSigrid = apiCaller(t.app, await t.login('sigrid@fjord.example', sigrid.password));
    const last = await asSigrid('PATCH', `/api/settings/members/${added.id}`, { role: 'member' });
    expect(last.status).toBe(409);
    expect(last.body.error.message).toContain('at least one admin');
  });
});
