import { afterEach, describe, expect, it } from 'vitest';
import { creditBureaus } from '../../helpers/credit-registers';
import { norwegianOrgNumbers } from '../../helpers/generated-units';
import { type ApiCall, apiCaller, createTestApp } from '../../helpers/test-app';

const HOUR = 3_600_000;
/** Norwegian groups thousands with a no-break space. */
const nbsp = (text: string) => text.replace(/(?<=\d) (?=\d{3}\b)/g, '\u00a0');

describe('credit news and failures, in each reader’s language', () => {
  const watched = norwegianOrgNumbers(93_000_000)();
  let bureaus: Awaited<ReturnType<typeof creditBureaus>>;
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let call: ApiCall;
  afterEach(async () => {
    t?.close();
    await bureaus?.close();
  });

  it('words a rating change, a bankruptcy and a failed check for whoever reads them, not in the job’s language', async () => {
    bureaus = await creditBureaus({ rated: '923609016', watched });
    t = await createTestApp({
      CREDITSAFE_URL: bureaus.url,
      CREDITSAFE_USERNAME: 'fjord',
      CREDITSAFE_PASSWORD: 'secret',
      BRREG_URL: bureaus.url,
    });
    call = apiCaller(t.app, await t.login());
    const seller = await t.addUser('member');
    expect((await call('PATCH', '/api/auth/me', { language: 'nb' }, seller.token)).status).toBe(200);
    const company = (
      await call('POST', '/api/companies', {
        name: 'Nordlys Energi AS',
        country: 'NO',
        orgNumber: '923609016',
        ownerIds: [seller.id],
      })
    ).body.company;
    const sesam = (await call('POST', '/api/companies', { name: 'Sesam Stasjon AS', country: 'NO', orgNumber: watched })).body
      .company;
    expect(
      (await call('POST', `/api/credit/companies/${company.id}/rate`, { provider: 'creditsafe' }, seller.token)).status,
    ).toBe(200);
    expect(
      (await call('POST', `/api/credit/companies/${sesam.id}/rate`, { provider: 'publicSignals' }, seller.token)).status,
    ).toBe(200);

    // The monitoring job finds the news; the owner hears of the change and the admins of the bankruptcy, each in their own language.
    await call('PATCH', '/api/auth/me', { language: 'da' });
    bureaus.state.report = 'company-report-c';
    bureaus.state.bankrupt = true;
    await t.deps.credit.checkDue(Date.now() + 25 * HOUR);
    const english = 'rating A → C; score 85 → 45; credit limit 500,000 NOK → 150,000 NOK';
    const norwegian = nbsp('kredittvurdering A → C; kredittscore 85 → 45; kredittgrense 500 000 NOK → 150 000 NOK');
    const told = (await call('GET', '/api/notifications', undefined, seller.token)).body.items;
    expect(told).toEqual([
      expect.objectContaining({
        kind: 'creditChange',
        title: 'Nordlys Energi AS: kredittvurderingen er endret',
        body: norwegian,
      }),
    ]);
    expect((await call('GET', '/api/notifications')).body.items).toEqual([
      expect.objectContaining({
        kind: 'registerFlag',
        title: 'Sesam Stasjon AS er gået konkurs',
        body: 'kreditvurdering A → E; nu konkurs',
      }),
    ]);
    await call('PATCH', '/api/auth/me', { language: 'en' });

    // The trend on the card: the same change, in the language of whoever opens it.
    const trend = async (token?: string) =>
      (await call('GET', `/api/credit/companies/${company.id}`, undefined, token)).body.history.map(
        (h: { change: string | null }) => h.change,
      );
    expect(await trend(seller.token)).toEqual([null, norwegian]);
    expect(await trend()).toEqual([null, english]);
    // "Rate now" answers with the change in the asker's words too.
    bureaus.state.report = 'company-report-a';
    const rateNow = await call('POST', `/api/credit/companies/${company.id}/rate`, { provider: 'creditsafe' }, seller.token);
    expect(rateNow.body.change).toBe(
      nbsp('kredittvurdering C → A; kredittscore 45 → 85; kredittgrense 150 000 NOK → 500 000 NOK'),
    );

    // Creditsafe goes down: the monitor keeps why, and each reader reads it in their words.
    await bureaus.close();
    await t.deps.credit.checkDue(Date.now() + 50 * HOUR);
    const lastError = async (token?: string) =>
      (await call('GET', `/api/credit/companies/${company.id}`, undefined, token)).body.monitors[0].lastError;
    expect(await lastError(seller.token)).toMatch(/^Fikk ikke kontakt med Creditsafe; /);
    expect(await lastError()).toMatch(/^Creditsafe could not be reached; /);
  });
});
