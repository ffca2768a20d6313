import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessions, users } from '../../server/db/schema';
import { newId } from '../../shared/ids';
import { ADMIN, type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

describe('offboarding members', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const signIn = (email: string, password = ADMIN.password) =>
    t.app.request('/api/auth/login', json('POST', { email, password }));

  it('deactivating a member refuses their token, their calendar feed and their sign-in at once, and keeps their name', async () => {
    const member = await t.addUser('member');
    const secondDevice = await t.login(member.email, ADMIN.password);
    const company = await call('POST', '/api/companies', { name: 'Fjordkraft' }, member.token);
    expect(company.status).toBe(201);
    const feed = await call('POST', '/api/calendar-feeds', undefined, member.token);
    const feedPath = new URL(feed.body.url as string).pathname;
    expect((await t.app.request(feedPath)).status).toBe(200);

    const res = await call('PATCH', `/api/settings/members/${member.id}`, { active: false });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.member).toMatchObject({ id: member.id, active: false });
    expect(res.body.member.deactivatedAt).toEqual(expect.any(Number));

    for (const token of [member.token, secondDevice]) {
      expect((await call('GET', '/api/auth/me', undefined, token)).status).toBe(401);
    }
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, member.id))).toEqual([]);
    expect((await t.app.request(feedPath)).status).toBe(404);
    const refused = await signIn(member.email);
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('deactivated');
    // A guesser learns nothing: a wrong password for a deactivated account reads as any wrong password.
    expect((await signIn(member.email, 'not their password at all')).status).toBe(401);

    const listed = (await call('GET', '/api/settings/members')).body.members as { id: string; name: string; active: boolean }[];
    expect(listed.find((m) => m.id === member.id)).toMatchObject({ active: false, name: expect.stringContaining('member') });
    const history = (await call('GET', `/api/history/company/${company.body.company.id}`)).body.entries;
    expect(history[0].user).toEqual({ id: member.id, name: listed.find((m) => m.id === member.id)!.name });
  });

  it('reactivating lets them sign in again, without bringing back old sessions or feeds', async () => {
    const member = await t.addUser('member');
    const feed = await call('POST', '/api/calendar-feeds', undefined, member.token);
    await call('PATCH', `/api/settings/members/${member.id}`, { active: false });
    const back = await call('PATCH', `/api/settings/members/${member.id}`, { active: true });
    expect(back.body.member).toMatchObject({ active: true, deactivatedAt: null });
    expect((await call('GET', '/api/auth/me', undefined, member.token)).status).toBe(401);
    expect((await t.app.request(new URL(feed.body.url as string).pathname)).status).toBe(404);
    const again = await signIn(member.email);
    expect(again.status).toBe(200);
  });

  it('an admin resets a member password: their sessions end, the new password signs in, a common one is refused', async () => {
    const member = await t.addUser('member');
    const common = await call('POST', `/api/settings/members/${member.id}/password`, { newPassword: 'Password123!' });
    expect(common.status).toBe(400);
    expect(common.body.error.issues[0]).toMatchObject({ path: ['newPassword'], message: expect.stringContaining('common') });
    expect((await call('GET', '/api/auth/me', undefined, member.token)).status).toBe(200);

    const reset = await call('POST', `/api/settings/members/${member.id}/password`, { newPassword: 'lantern quarry ribbon 41' });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    expect((await call('GET', '/api/auth/me', undefined, member.token)).status).toBe(401);
    expect((await signIn(member.email)).status).toBe(401);
    expect((await signIn(member.email, 'lantern quarry ribbon 41')).status).toBe(200);
  });

  it('never deactivates or demotes the last active admin', async () => {
    for (const patch of [{ active: false }, { role: 'member' }]) {
      const res = await call('PATCH', `/api/settings/members/${t.first.userId}`, patch);
      expect(res.status).toBe(409);
      expect(res.body.error.message).toContain('at least one admin');
      expect(res.body.error.issues[0].path).toEqual([Object.keys(patch)[0]]);
    }
    // A deactivated admin does not count: the one active admin is still the last.
    const dormant = await t.addUser('admin');
    await call('PATCH', `/api/settings/members/${dormant.id}`, { active: false });
    expect((await call('PATCH', `/api/settings/members/${t.first.userId}`, { active: false })).status).toBe(409);
    const [me] = await t.db.select().from(users).where(eq(users.id, t.first.userId));
    expect(me).toMatchObject({ active: true, role: 'admin' });
  });

  it('lets an admin deactivate themselves only while another active admin remains', async () => {
    const other = await t.addUser('admin');
    const res = await call('PATCH', `/api/settings/members/${t.first.userId}`, { active: false });
    expect(res.status).toBe(200);
    expect((await call('GET', '/api/auth/me')).status).toBe(401);
    expect((await call('PATCH', `/api/settings/members/${other.id}`, { active: false }, other.token)).status).toBe(409);
  });

  it('two admins demoting or deactivating each other at the same moment leave one active admin', async () => {
    for (const patch of [{ role: 'member' }, { active: false }, { role: 'member' }, { active: false }]) {
      const a = await t.addUser('admin');
      // Only a and the bootstrap admin are active admins; take the bootstrap admin out first.
      await t.db.update(users).set({ role: 'member' }).where(eq(users.id, t.first.userId));
      const b = await t.addUser('admin');
      const answers = await Promise.all([
        call('PATCH', `/api/settings/members/${b.id}`, patch, a.token),
        call('PATCH', `/api/settings/members/${a.id}`, patch, b.token),
      ]);
      // The loser is refused either as no longer an admin (403) or as the last admin (409).
      expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
      expect(answers.map((r) => r.status)).toEqual(expect.arrayContaining([expect.toSatisfy((s) => s === 403 || s === 409)]));
      const admins = await t.db.select().from(users).where(eq(users.role, 'admin'));
      expect(admins.filter((u) => u.active)).toHaveLength(1);
      // Leave one admin for the next round: the bootstrap admin again.
      await t.db.update(users).set({ role: 'member', active: true }).where(eq(users.workspaceId, t.first.workspaceId));
      await t.db.update(users).set({ role: 'admin' }).where(eq(users.id, t.first.userId));
      call = apiCaller(t.app, await t.login());
    }
  });

  it('refuses members (403) and another workspace admin (404), changing nothing', async () => {
    const member = await t.addUser('member');
    const colleague = await t.addUser('member');
    const other = await t.otherWorkspace();
    expect((await call('PATCH', `/api/settings/members/${colleague.id}`, { active: false }, member.token)).status).toBe(403);
    const asMember = await call(
      'POST',
      `/api/settings/members/${colleague.id}/password`,
      { newPassword: 'lantern quarry ribbon 41' },
      member.token,
    );
    expect(asMember.status).toBe(403);
    expect((await call('PATCH', `/api/settings/members/${colleague.id}`, { active: false }, other.token)).status).toBe(404);
    const outsider = await call(
      'POST',
      `/api/settings/members/${colleague.id}/password`,
      { newPassword: 'lantern quarry ribbon 41' },
      other.token,
    );
    expect(outsider.status).toBe(404);
    expect((await call('PATCH', `/api/settings/members/${newId()}`, { active: false })).status).toBe(404);
    expect((await call('GET', '/api/auth/me', undefined, colleague.token)).status).toBe(200);
    expect((await signIn(colleague.email)).status).toBe(200);
  });

  it('refuses a session of an inactive user even if it was left behind', async () => {
    const member = await t.addUser('member');
    // As if a session had been written by a process that had not seen the deactivation.
    await t.db.update(users).set({ active: false, deactivatedAt: Date.now() }).where(eq(users.id, member.id));
    expect((await call('GET', '/api/auth/me', undefined, member.token)).status).toBe(401);
  });
});

describe('offboarding and open event streams', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('ends the open /sync/events streams of a deactivated member', async () => {
    const member = await t.addUser('member');
    const res = await t.app.request('/sync/events', { headers: { authorization: `Bearer ${member.token}` } });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    await reader.read(); // the current version, sent at once
    const ended = (async () => {
      for (;;) if ((await reader.read()).done) return true;
    })();
    const admin = apiCaller(t.app, await t.login());
    expect((await admin('PATCH', `/api/settings/members/${member.id}`, { active: false })).status).toBe(200);
    await expect(Promise.race([ended, new Promise((r) => setTimeout(() => r('still open'), 2000))])).resolves.toBe(true);
  });
});
