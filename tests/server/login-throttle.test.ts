import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../server/app';
import { addressGroup, clientAddress } from '../../server/auth/client-address';
import { backoffMs, recordLoginFailure, SOURCE_FREE_FAILURES } from '../../server/auth/login-throttle';
import { loginThrottles } from '../../server/db/schema';
import { parseEnv } from '../../server/env';
import { openDeps } from '../../server/open-deps';
import { ADMIN, createTestApp, json } from '../helpers/test-app';
import { OFFLINE_REGISTERS } from '../helpers/offline-registers';

const X = '198.51.100.7';
const Y = '203.0.113.9';

describe('sign-in throttle', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp({ TRUST_PROXY: 'true' });
    // Only Date is faked: the throttle's clock moves when the test says, libSQL's timers stay real.
    vi.useFakeTimers({ toFake: ['Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    t.close();
  });

  const signIn = (from: string, password = ADMIN.password, email = ADMIN.email, app = t.app) =>
    app.request('/api/auth/login', {
      ...json('POST', { email, password }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    });
  const fail = async (from: string, times: number) => {
    for (let i = 0; i < times; i++) expect((await signIn(from, `wrong ${i}`)).status).toBe(401);
  };
  const later = (ms: number) => vi.setSystemTime(Date.now() + ms);

  it('lets the right password in from another address after five wrong ones from X', async () => {
    await fail(X, 5);
    expect((await signIn(X)).status).toBe(429);
    expect((await signIn(Y)).status).toBe(200);
  });

  it('throttles X itself with a wait that doubles, said in seconds and in words', async () => {
    await fail(X, 5);
    const waits: number[] = [];
    for (let round = 0; round < 4; round++) {
      const blocked = await signIn(X, 'wrong again');
      expect(blocked.status).toBe(429);
      const seconds = Number(blocked.headers.get('retry-after'));
      waits.push(seconds);
      const body = (await blocked.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('rateLimited');
      expect(body.error.message).toBe(
        `Too many wrong passwords for this e-mail from your address: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
      );
      later(seconds * 1000);
      expect((await signIn(X, 'wrong again')).status).toBe(401); // allowed again, and counted
    }
    expect(waits).toEqual([1, 2, 4, 8]);
  });

  it('caps the wait at 15 minutes', () => {
    expect([5, 6, 7, 14, 15, 30].map((n) => backoffMs(n, 5))).toEqual([1000, 2000, 4000, 512_000, 900_000, 900_000]);
    expect(backoffMs(4, 5)).toBe(0);
  });

  it('does not count attempts it refused, even with the right password', async () => {
    await fail(X, 5);
    expect((await signIn(X)).status).toBe(429);
    const [row] = await t.db.select().from(loginThrottles).where(eq(loginThrottles.source, X));
    expect(row?.failures).toBe(5);
  });

  it('clears the pair on a right password', async () => {
    await fail(X, 5);
    later(1000);
    expect((await signIn(X)).status).toBe(200);
    await fail(X, 4);
    expect((await signIn(X)).status).toBe(200);
  });

  it('counts an unknown e-mail like a known one', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn(X, 'x', 'nobody@example.no')).status).toBe(401);
    expect((await signIn(X, 'x', 'nobody@example.no')).status).toBe(429);
  });

  it('slows one address trying many e-mails once it has failed a hundred times, and no one else', async () => {
    for (let i = 0; i < SOURCE_FREE_FAILURES; i++) await recordLoginFailure(t.db, `victim${i}@example.no`, X);
    const res = await signIn(X);
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await signIn(Y)).status).toBe(200);
  });

  it('forgets rows whose last failure is a day old when the next failure comes', async () => {
    await fail(X, 3);
    later(25 * 60 * 60_000);
    await fail(Y, 1);
    const rows = await t.db.select().from(loginThrottles);
    expect(rows.map((r) => r.source).sort()).toEqual([Y, Y]); // the pair and the source row of Y
  });

  it('shares its counts between two server processes on one database', async () => {
    const env = parseEnv({
      DATABASE_URL: t.deps.env.DATABASE_URL,
      DASHBOARD_DIR: join(t.deps.env.DASHBOARD_DIR, 'none'),
      TRUST_PROXY: 'true',
      ...OFFLINE_REGISTERS,
    });
    const second = await openDeps(env);
    try {
      const other = createApp(second);
      for (let i = 0; i < 5; i++) {
        const app = i % 2 === 0 ? t.app : other;
        expect((await signIn(X, `wrong ${i}`, ADMIN.email, app)).status).toBe(401);
      }
      expect((await signIn(X, ADMIN.password, ADMIN.email, other)).status).toBe(429);
      expect((await signIn(X, ADMIN.password, ADMIN.email, t.app)).status).toBe(429);
      expect((await signIn(Y, ADMIN.password, ADMIN.email, other)).status).toBe(200);
    } finally {
      second.client.close();
    }
  });
});

describe('sign-in throttle without TRUST_PROXY', () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(() => t.close());

  it('ignores X-Forwarded-For: a forged header does not give a fresh address', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await t.app.request('/api/auth/login', {
        ...json('POST', { ...ADMIN, password: `wrong ${i}` }),
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `192.0.2.${i}` },
      });
      expect(res.status).toBe(401);
    }
    const res = await t.app.request('/api/auth/login', {
      ...json('POST', ADMIN),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.0.2.200' },
    });
    expect(res.status).toBe(429);
  });
});

describe('clientAddress', () => {
  const addressOf = async (trusted: number, forwarded?: string) => {
    const app = new Hono().get('/', (c) => c.text(clientAddress(c, trusted)));
    const res = await app.request('/', { headers: forwarded ? { 'x-forwarded-for': forwarded } : {} });
    return res.text();
  };

  it('takes the hop the trusted proxies vouch for, counted from the right', async () => {
    expect(await addressOf(1, 'forged, 198.51.100.7')).toBe('198.51.100.7');
    expect(await addressOf(2, 'forged, 198.51.100.7, 10.0.0.2')).toBe('198.51.100.7');
    expect(await addressOf(1, '::ffff:198.51.100.7')).toBe('198.51.100.7');
  });

  it('uses the socket, not the header, when no proxy is trusted', async () => {
    expect(await addressOf(0, '198.51.100.7')).toBe('unknown'); // app.request has no socket
  });

  it('counts an IPv6 client by its /64, which one subscriber usually holds whole', () => {
    expect(addressGroup('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressGroup('2001:0db8:0001:0002:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressGroup(X)).toBe(X);
  });
});
