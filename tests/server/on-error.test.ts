import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { users } from '../../server/db/schema';
import { onError } from '../../server/http/on-error';
import { createTestApp } from '../helpers/test-app';

describe('the error handler', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => {
    vi.restoreAllMocks();
    t.close();
  });

  it('never prints the parameters of a failed query, only a summary with the SQL text and where it failed', async () => {
    const secret = 'scrypt$16384$8$1$SECRET-SALT$SECRET-HASH-never-printed';
    const app = new Hono().onError(onError);
    // An internal failure whose query carries a hash and an address: the bootstrap admin's id again.
    app.post('/fail', async () => {
      await t.db.insert(users).values({
        id: t.first.userId,
        workspaceId: t.first.workspaceId,
        email: 'leak@example.no',
        name: 'Leak',
        role: 'member',
        passwordHash: secret,
        createdAt: Date.now(),
      });
      return new Response('unreachable');
    });
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : String(a))).join(' '));
    });
    const res = await app.request('/fail', { method: 'POST' });
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: { code: 'internal', message: 'Internal server error' } });
    const log = printed.join('\n');
    expect(log).toContain('insert into "users"');
    expect(log).toContain('SQLITE_CONSTRAINT');
    expect(log).toMatch(/^\s+at /m);
    for (const leak of ['SECRET', 'leak@example.no', t.first.userId]) expect(log).not.toContain(leak);
  });
});
