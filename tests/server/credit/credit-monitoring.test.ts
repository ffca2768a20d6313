import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { creditMonitors, creditRatings, notifications } from '../../../server/db/schema';
import { creditBureaus } from '../../helpers/credit-registers';
import { norwegianOrgNumbers } from '../../helpers/generated-units';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';

const HOUR = 3_600_000;

describe('credit ratings and monitoring', () => {
  const next = norwegianOrgNumbers(92_000_000);
  const watched = next();
  let bureaus: Awaited<ReturnType<typeof creditBureaus>>;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  const setup = async (env: Record<string, string> = {}) => {
    bureaus = await creditBureaus({ rated: '923609016', watched });
    t = await createTestApp({
      CREDITSAFE_URL: bureaus.url,
      CREDITSAFE_USERNAME: 'fjord',
      CREDITSAFE_PASSWORD: 'secret',
      BRREG_URL: bureaus.url,
      ...env,
    });
    call = apiCaller(t.app, await t.login());
  };
  afterEach(async () => {
    t?.close();
    await bureaus?.close();
  });

  it('tells the owner once about a rating change and the admins once about a bankruptcy, and nothing twice', async () => {
    await setup();
    const seller = await t.addUser('member');
    const nordlys = (
      await call('POST', '/api/companies', {
        name: 'Nordlys Energi AS',
        country: 'NO',
        orgNumber: '923609016',
        ownerIds: [seller.id],
      })
    ).body.company;
    const sesam = (await call('POST', '/api/companies', { name: 'Sesam Stasjon AS', country: 'NO', orgNumber: watched })).body
      .company;

    const rated = await call('POST', `/api/credit/companies/${nordlys.id}/rate`, { provider: 'creditsafe' });
    expect(rated.status).toBe(200);
    expect(rated.body.rating).toMatchObject({
      ratingClass: 'A',
      score: 85,
      creditLimit: 500_000,
      currency: 'NOK',
      ratedOn: '2026-06-01',
    });
    const signals = await call('POST', `/api/credit/companies/${sesam.id}/rate`, { provider: 'publicSignals' });
    expect(signals.body.rating).toMatchObject({
      provider: 'publicSignals',
      ratingClass: 'A',
      flags: { bankrupt: false, notVatRegistered: false },
    });
    const card = await call('GET', `/api/credit/companies/${nordlys.id}`);
    expect(card.body.history).toHaveLength(1);
    expect(card.body.monitors).toEqual([expect.objectContaining({ provider: 'creditsafe', failures: 0, lastError: null })]);
    expect(card.body.monitors[0].nextCheckAt).toBeGreaterThan(Date.now() + 23 * HOUR);

    // Nothing is due yet.
    expect(await t.deps.credit.checkDue(Date.now())).toEqual([]);
    bureaus.state.report = 'company-report-c';
    bureaus.state.bankrupt = true;
    const outcomes = await t.deps.credit.checkDue(Date.now() + 25 * HOUR);
    expect(outcomes.map((o) => [o.provider, o.ok])).toEqual([
      ['creditsafe', true],
      ['publicSignals', true],
    ]);
    expect(outcomes[0]!.change).toBe('rating A → C; score 85 → 45; credit limit 500,000 NOK → 150,000 NOK');

    const mine = await call('GET', '/api/notifications', undefined, seller.token);
    expect(mine.body).toMatchObject({
      unread: 1,
      items: [
        {
          kind: 'creditChange',
          companyId: nordlys.id,
          title: 'Nordlys Energi AS: credit rating changed',
          body: outcomes[0]!.change,
        },
      ],
    });
    const admins = await call('GET', '/api/notifications');
    expect(admins.body.items).toEqual([
      expect.objectContaining({
        kind: 'registerFlag',
        companyId: sesam.id,
        title: 'Sesam Stasjon AS is bankrupt',
        body: 'rating A → E; now bankrupt',
      }),
    ]);

    // The register's flags are the company's register status now, changed as the admin told of it.
    const card2 = await call('GET', `/api/companies/${sesam.id}`);
    expect(card2.body.company.registerStatus).toBe('bankrupt');
    const { entries } = (await call('GET', `/api/history/company/${sesam.id}`)).body;
    expect(entries[0]).toMatchObject({
      field: 'registerStatus',
      oldValue: 'active',
      newValue: 'bankrupt',
      channel: 'monitoring',
    });

    // The same state checked again (later, or after a restart): no news, no new trend rows.
    for (const at of [Date.now() + 50 * HOUR, Date.now() + 75 * HOUR]) await t.deps.credit.checkDue(at);
    expect(await t.db.select().from(notifications)).toHaveLength(2);
    expect(
      (await call('GET', `/api/credit/companies/${nordlys.id}`)).body.history.map((h: { ratingClass: string }) => h.ratingClass),
    ).toEqual(['A', 'C']);

    const other = await t.otherWorkspace();
    expect((await call('GET', '/api/notifications', undefined, other.token)).body).toEqual({ items: [], unread: 0 });
    expect((await call('GET', `/api/credit/companies/${nordlys.id}`, undefined, other.token)).status).toBe(404);
    expect((await call('POST', '/api/notifications/read', { all: true }, seller.token)).status).toBe(200);
    expect((await call('GET', '/api/notifications', undefined, seller.token)).body.unread).toBe(0);
  });

  it('never calls a provider more often than its limit, and backs off after a failure', async () => {
    await setup({ CREDITSAFE_CALLS_PER_MINUTE: '2', CREDIT_RATE_WINDOW_MS: '1500' });
    const nordlys = (await call('POST', '/api/companies', { name: 'Nordlys Energi AS', country: 'NO', orgNumber: '923609016' }))
      .body.company;
    const ids = [nordlys.id];
    for (let i = 0; i < 4; i++)
      ids.push(
        (await call('POST', '/api/companies', { name: `Nordlys ${i}`, country: 'NO', orgNumber: '923609016' })).body.company.id,
      );
    const now = Date.now();
    await t.db.insert(creditMonitors).values(
      ids.map((companyId) => ({
        workspaceId: t.first.workspaceId,
        companyId,
        provider: 'creditsafe',
        nextCheckAt: now - 1,
        createdAt: now,
      })),
    );
    const started = Date.now();
    const outcomes = await t.deps.credit.checkDue(now);
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(bureaus.reportCalls()).toHaveLength(5);
    // Every request counts (sign-in, search, report: 11 in all): any three span a window, less
    // the moment a request takes to arrive after the budget let it go.
    const times = bureaus.requests.map((r) => r.at);
    expect(times).toHaveLength(11);
    for (let i = 2; i < times.length; i++) expect(times[i]! - times[i - 2]!).toBeGreaterThanOrEqual(1500 - 25);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 1500);

    // Creditsafe down: the monitor records why and tries again in 5 minutes, then 10.
    await bureaus.close();
    const [failed] = await t.deps.credit.checkDue(Date.now() + 25 * HOUR);
    expect(failed).toMatchObject({ ok: false, error: expect.stringContaining('Creditsafe could not be reached') });
    const [monitor] = await t.db.select().from(creditMonitors).where(eq(creditMonitors.companyId, failed!.companyId));
    expect(monitor).toMatchObject({ failures: 1, lastError: expect.stringContaining('Creditsafe') });
    expect(monitor!.nextCheckAt - Date.now()).toBeGreaterThan(4 * 60_000);
    expect(monitor!.nextCheckAt - Date.now()).toBeLessThanOrEqual(5 * 60_000);
    // The failures stored no rating: one per company, from the first pass.
    expect(await t.db.select().from(creditRatings)).toHaveLength(5);
  });

  it('refuses what cannot be rated with a clear message naming the provider', async () => {
    await setup({ CREDITSAFE_USERNAME: '', CREDITSAFE_PASSWORD: '' });
    const bare = (await call('POST', '/api/companies', { name: 'No number AS' })).body.company;
    const noKey = await call('POST', `/api/credit/companies/${bare.id}/rate`, { provider: 'creditsafe' });
    expect(noKey.status).toBe(503);
    expect(noKey.body.error).toMatchObject({
      code: 'creditUnavailable',
      message: expect.stringContaining('CREDITSAFE_USERNAME'),
    });
    const noNumber = await call('POST', `/api/credit/companies/${bare.id}/rate`, { provider: 'publicSignals' });
    expect(noNumber.status).toBe(400);
    expect(noNumber.body.error.message).toContain('Public register signals need an org number');
    expect((await call('POST', `/api/credit/companies/${bare.id}/rate`, { provider: 'dnb' })).status).toBe(400);
    const other = await t.otherWorkspace();
    expect((await call('POST', `/api/credit/companies/${bare.id}/rate`, { provider: 'publicSignals' }, other.token)).status).toBe(
      404,
    );
    expect(await t.db.select().from(creditMonitors)).toEqual([]);
    const providers = (await call('GET', '/api/credit/providers')).body.items;
    expect(providers).toEqual([
      { id: 'creditsafe', name: 'Creditsafe', unavailable: expect.stringContaining('contract') },
      { id: 'publicSignals', name: 'Public register signals', unavailable: null },
    ]);
  });
});
