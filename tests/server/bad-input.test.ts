import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_ORIGIN } from '../../shared/extension-id';
import { newId } from '../../shared/ids';
import type { PullResponse } from '../../shared/sync/protocol';
import { auth, createTestApp, json } from '../helpers/test-app';

type ErrorBody = { error: { code: string; message: string; issues?: { path: unknown[]; message: string }[] } };

describe('bad input gets a clear 4xx in the error shape and writes nothing', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let token: string;
  beforeEach(async () => {
    t = await createTestApp({ BODY_LIMIT_BYTES: '4096' });
    token = await t.login();
  });
  afterEach(() => t.close());

  const nothingWritten = async () => {
    const page = (await (
      await t.app.request(`/sync/pull?protocolVersion=1&cursor=${t.baseVersion}`, auth(token))
    ).json()) as PullResponse;
    expect(page.changes).toEqual([]);
  };

  const cases: [string, string, string, string | object, number, string][] = [
    ['malformed JSON on push', 'POST', '/sync/push', '{"protocolVersion":1,', 400, 'malformed'],
    ['malformed JSON on create', 'POST', '/api/companies', '{name: nope}', 400, 'malformed'],
    ['a push without a client id', 'POST', '/sync/push', { protocolVersion: 1, mutations: [] }, 400, 'invalid'],
    [
      'a mutation id that is not a number',
      'POST',
      '/sync/push',
      { protocolVersion: 1, clientId: newId(), mutations: [{ mutationId: 'one', name: 'company.create', args: {} }] },
      400,
      'invalid',
    ],
    ['a company without a name', 'POST', '/api/companies', { website: 'https://x.example' }, 400, 'invalid'],
    ['a name of the wrong type', 'POST', '/api/companies', { name: ['A', 'B'] }, 400, 'invalid'],
    ['an invalid e-mail', 'POST', '/api/contacts', { firstName: 'A', email: 'not-an-email' }, 400, 'invalid'],
    ['a country that is not ISO alpha-2', 'PATCH', `/api/companies/${newId()}`, { country: 'Norway' }, 400, 'invalid'],
    ['an id that is not a UUID', 'GET', '/api/companies/42', '', 400, 'invalid'],
    ['an unknown route', 'GET', '/api/nothing-here', '', 404, 'notFound'],
  ];

  it.each(cases)('%s', async (_title, method, path, body, status, code) => {
    const init = body === '' ? auth(token, { method }) : json(method, body, token);
    const res = await t.app.request(path, init);
    expect(res.status).toBe(status);
    const payload = (await res.json()) as ErrorBody;
    expect(payload.error.code).toBe(code);
    expect(payload.error.message.length).toBeGreaterThan(5);
    await nothingWritten();
  });

  it('names the field in the message and the issues', async () => {
    const res = await t.app.request('/api/companies', json('POST', { name: '' }, token));
    const payload = (await res.json()) as ErrorBody;
    expect(payload.error.message).toBe('Invalid input: name: is required');
    expect(payload.error.issues).toEqual([{ path: ['name'], message: 'is required' }]);
  });

  it('answers an oversized body with 413 before reading it', async () => {
    const res = await t.app.request('/api/companies', json('POST', { name: 'x'.repeat(10_000) }, token));
    expect(res.status).toBe(413);
    expect(((await res.json()) as ErrorBody).error.code).toBe('tooLarge');
    await nothingWritten();
  });

  it('allows CORS from the extension and refuses other origins', async () => {
    const preflight = (origin: string) =>
      t.app.request('/sync/pull', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } });
    expect((await preflight(EXTENSION_ORIGIN)).headers.get('access-control-allow-origin')).toBe(EXTENSION_ORIGIN);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});
