import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, type ApiCall, apiCaller, createTestApp, json } from '../helpers/test-app';

describe('the language in your profile', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  beforeEach(async () => {
    t = await createTestApp();
    call = apiCaller(t.app, await t.login());
  });
  afterEach(() => t.close());

  it('is unset until you pick one, then kept for every later session and sign-in', async () => {
    expect((await call('GET', '/api/auth/me')).body.user.language).toBeNull();
    const res = await call('PATCH', '/api/auth/me', { language: 'nb' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.user).toMatchObject({ email: ADMIN.email, language: 'nb' });
    expect((await call('GET', '/api/auth/me', undefined, await t.login())).body.user.language).toBe('nb');
    const signIn = await t.app.request('/api/auth/login', json('POST', ADMIN));
    expect((await signIn.json()).user.language).toBe('nb');
  });

  it('changes only your own: a colleague keeps theirs', async () => {
    const member = await t.addUser('member');
    await call('PATCH', '/api/auth/me', { language: 'sv' }, member.token);
    await call('PATCH', '/api/auth/me', { language: 'es' });
    expect((await call('GET', '/api/auth/me', undefined, member.token)).body.user.language).toBe('sv');
    expect((await call('GET', '/api/auth/me')).body.user.language).toBe('es');
  });

  it('refuses a language Fjord does not speak, or another field, and changes nothing', async () => {
    await call('PATCH', '/api/auth/me', { language: 'da' });
    for (const body of [{ language: 'fr' }, { language: 'nb', role: 'admin' }, {}]) {
      const res = await call('PATCH', '/api/auth/me', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.error.code).toBe('invalid');
      expect(res.body.error.issues.length).toBeGreaterThan(0);
    }
    expect((await call('GET', '/api/auth/me')).body.user).toMatchObject({ language: 'da', role: 'admin' });
  });
});
