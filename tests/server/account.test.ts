import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyPassword } from '../../server/auth/password';
import { users } from '../../server/db/schema';
import { ADMIN, type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

describe('your own account', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  const signIn = (email: string, password: string) => t.app.request('/api/auth/login', json('POST', { email, password }));
  const NEW = 'lantern quarry ribbon 41';

  it('changing your password ends your other sessions but keeps this one', async () => {
    const member = await t.addUser('member');
    const laptop = await t.login(member.email, ADMIN.password);
    const res = await call('PUT', '/api/auth/password', { currentPassword: ADMIN.password, newPassword: NEW }, member.token);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await call('GET', '/api/auth/me', undefined, member.token)).status).toBe(200);
    expect((await call('GET', '/api/auth/me', undefined, laptop)).status).toBe(401);
    expect((await signIn(member.email, ADMIN.password)).status).toBe(401);
    expect((await signIn(member.email, NEW)).status).toBe(200);
    // Another user's sessions are not touched.
    expect((await call('GET', '/api/auth/me')).status).toBe(200);
  });

  it('refuses a wrong current password, naming the field, and changes nothing', async () => {
    const other = await t.login();
    const res = await call('PUT', '/api/auth/password', { currentPassword: 'not my password', newPassword: NEW });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: ['currentPassword'], message: 'is not your current password' }]);
    expect((await call('GET', '/api/auth/me', undefined, other)).status).toBe(200);
    expect((await signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('slows down guessing the current password as sign-in does, even for the right one afterwards', async () => {
    const token = await t.login();
    for (let i = 0; i < 5; i++) {
      const wrong = await call('PUT', '/api/auth/password', { currentPassword: `guess ${i}`, newPassword: NEW });
      expect(wrong.status).toBe(400);
    }
    const res = await t.app.request('/api/auth/password', {
      ...json('PUT', { currentPassword: ADMIN.password, newPassword: NEW }),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    const [me] = await t.db.select().from(users).where(eq(users.email, ADMIN.email));
    expect(await verifyPassword(ADMIN.password, me!.passwordHash)).toBe(true);
  });

  it('refuses a new password the policy refuses, on the newPassword field', async () => {
    for (const [newPassword, why] of [
      ['password1234', 'common'],
      ['admin@example.no-x', 'e-mail'],
      [ADMIN.password, 'same'],
      ['short', '10 characters'],
    ] as const) {
      const res = await call('PUT', '/api/auth/password', { currentPassword: ADMIN.password, newPassword });
      expect(res.status, newPassword).toBe(400);
      expect(res.body.error.issues[0]).toMatchObject({ path: ['newPassword'], message: expect.stringContaining(why) });
    }
    expect((await signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('signing out everywhere ends every session of yours, this one too, and no one else', async () => {
    const phone = await t.login();
    const member = await t.addUser('member');
    const res = await call('POST', '/api/auth/logout-all');
    expect(res.status).toBe(200);
    expect((await call('GET', '/api/auth/me')).status).toBe(401);
    expect((await call('GET', '/api/auth/me', undefined, phone)).status).toBe(401);
    expect((await call('GET', '/api/auth/me', undefined, member.token)).status).toBe(200);
    expect((await signIn(ADMIN.email, ADMIN.password)).status).toBe(200);
  });

  it('requires a session for both', async () => {
    expect((await t.app.request('/api/auth/logout-all', { method: 'POST' })).status).toBe(401);
    const res = await t.app.request('/api/auth/password', json('PUT', { currentPassword: ADMIN.password, newPassword: NEW }));
    expect(res.status).toBe(401);
  });
});
