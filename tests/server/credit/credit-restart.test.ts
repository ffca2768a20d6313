import { createClient } from '@libsql/client';
import { afterAll, describe, expect, it } from 'vitest';
import { adminApi } from '../../e2e/helpers/dashboard-flows';
import { serverProcess } from '../../e2e/helpers/server-process';
import { creditBureaus } from '../../helpers/credit-registers';
import { norwegianOrgNumbers } from '../../helpers/generated-units';

/**
 * The monitoring job in the real server process, killed while Creditsafe is still answering a
 * check: after the restart each change is stored and told exactly once.
 */
describe('credit monitoring across a crash', () => {
  const watched = norwegianOrgNumbers(93_000_000)();
  let bureaus: Awaited<ReturnType<typeof creditBureaus>>;
  let server: Awaited<ReturnType<typeof serverProcess>>;
  afterAll(async () => {
    await server?.close();
    await bureaus?.close();
  });

  it('survives a kill mid-run with one notification per change', async () => {
    bureaus = await creditBureaus({ rated: '923609016', watched });
    server = await serverProcess({
      CREDITSAFE_URL: bureaus.url,
      CREDITSAFE_USERNAME: 'fjord',
      CREDITSAFE_PASSWORD: 'secret',
      BRREG_URL: bureaus.url,
      CREDIT_JOB_INTERVAL_MS: '200',
    });
    const api = await adminApi(server.url);
    const nordlys = (await api('POST', '/api/companies', { name: 'Nordlys Energi AS', country: 'NO', orgNumber: '923609016' }))
      .body.company;
    const sesam = (await api('POST', '/api/companies', { name: 'Sesam Stasjon AS', country: 'NO', orgNumber: watched })).body
      .company;
    expect((await api('POST', `/api/credit/companies/${nordlys.id}/rate`, { provider: 'creditsafe' })).status).toBe(200);
    expect((await api('POST', `/api/credit/companies/${sesam.id}/rate`, { provider: 'publicSignals' })).status).toBe(200);

    bureaus.state.report = 'company-report-c';
    bureaus.state.bankrupt = true;
    bureaus.state.reportDelayMs = 3_000;
    const db = createClient({ url: server.databaseUrl });
    await db.execute('update credit_monitors set next_check_at = 0');
    db.close();
    // The job has asked Creditsafe for the changed report; kill the server before it answers.
    const before = bureaus.reportCalls().length;
    for (let i = 0; bureaus.reportCalls().length === before; i++) {
      if (i > 100) throw new Error('the job never asked Creditsafe');
      await new Promise((r) => setTimeout(r, 50));
    }
    await server.stop('SIGKILL');

    bureaus.state.reportDelayMs = 0;
    await server.start();
    const notifications = async () =>
      (await (await adminApi(server.url))('GET', '/api/notifications')).body.items as { kind: string; companyId: string }[];
    for (let i = 0; (await notifications()).length < 2; i++) {
      if (i > 100) throw new Error(`not told: ${JSON.stringify(await notifications())}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // Several more passes of the job: nothing new to tell.
    await new Promise((r) => setTimeout(r, 1_000));
    const told = await notifications();
    expect(told.map((n) => [n.kind, n.companyId]).sort()).toEqual(
      [
        ['creditChange', nordlys.id],
        ['registerFlag', sesam.id],
      ].sort(),
    );
    const history = (await (await adminApi(server.url))('GET', `/api/credit/companies/${nordlys.id}`)).body.history;
    expect(history.map((h: { ratingClass: string }) => h.ratingClass)).toEqual(['A', 'C']);
  });
});
