import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, auth, createTestApp, json } from '../helpers/test-app';

describe('auth', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('signs in with the admin from ADMIN_EMAIL / ADMIN_PASSWORD and returns a bearer token', async () => {
    const res = await t.app.request('/api/auth/login', json('POST', ADMIN));
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; user: { email: string; role: string } };
    expect(body.user).toMatchObject({ email: ADMIN.email, role: 'admin' });
    const me = await t.app.request('/api/auth/me', auth(body.token));
    expect(me.status).toBe(200);
  });

  it('stores only a hash of the token and of the password', async () => {
    const token = await t.login();
    const rows = await t.deps.db.query.sessions.findMany();
    expect(rows.map((r) => r.tokenHash)).not.toContain(token);
    const users = await t.deps.db.query.users.findMany();
    expect(users[0]!.passwordHash).toMatch(/^scrypt\$/);
    expect(users[0]!.passwordHash).not.toContain(ADMIN.password);
  });

  it('answers a wrong password with 401 in the error shape', async () => {
    const res = await t.app.request('/api/auth/login', json('POST', { ...ADMIN, password: 'wrong' }));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'badCredentials', message: 'Wrong e-mail or password' } });
  });

  it('rate-limits repeated failed sign-ins, even with the right password afterwards', async () => {
    for (let i = 0; i < 5; i++) {
      expect((await t.app.request('/api/auth/login', json('POST', { ...ADMIN, password: `x${i}` }))).status).toBe(401);
    }
    const res = await t.app.request('/api/auth/login', json('POST', ADMIN));
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('refuses API calls without a token or with a signed-out token', async () => {
    expect((await t.app.request('/api/companies')).status).toBe(401);
    const token = await t.login();
    expect((await t.app.request('/api/auth/logout', auth(token, { method: 'POST' }))).status).toBe(200);
    const res = await t.app.request('/api/companies', auth(token));
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthenticated');
  });
});
