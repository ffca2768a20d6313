import { createClient } from '@libsql/client';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { creditBureaus } from '../helpers/credit-registers';
import { norwegianOrgNumbers } from '../helpers/generated-units';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { openPopupOn, signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

describe('credit rating and monitoring, in Chromium', () => {
  let bureaus: Awaited<ReturnType<typeof creditBureaus>>;
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let sites: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  beforeAll(async () => {
    bureaus = await creditBureaus({ rated: '923609016', watched: norwegianOrgNumbers(94_000_000)() });
    server = await serverProcess({
      CREDITSAFE_URL: bureaus.url,
      CREDITSAFE_USERNAME: 'fjord',
      CREDITSAFE_PASSWORD: 'secret',
      BRREG_URL: bureaus.url,
      CREDIT_JOB_INTERVAL_MS: '300',
    });
    sites = await serveFolder(resolve('tests/fixtures/pages'));
    browser = await launchWithExtension();
    await signInThroughOptions(browser, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await sites?.close();
    await server?.close();
    await bureaus?.close();
  });

  it('rates from the card, and a later change reaches the popup, the dashboard and the trend', async () => {
    const api = await adminApi(server.url);
    const me = (await api('GET', '/api/auth/me')).body.user.id as string;
    const nordlys = (
      await api('POST', '/api/companies', { name: 'Nordlys Energi AS', country: 'NO', orgNumber: '923609016', ownerIds: [me] })
    ).body.company;
    const page = await browser.context.newPage();
    await signInToDashboard(page, server.url);
    await page.goto(`${server.url}/#/companies/${nordlys.id}`);
    await page.click('[data-testid=credit] >> [data-testid=rate-now]');
    await page.waitForSelector('[data-testid=credit-rating][data-provider=creditsafe] >> text=score 85');
    expect(await page.textContent('[data-testid=credit-rating]')).toContain('very low risk');
    expect(await page.textContent('[data-testid=credit-monitor]')).toContain('Monitored by Creditsafe');

    // Creditsafe lowers the rating; the next check is due now.
    bureaus.state.report = 'company-report-c';
    const db = createClient({ url: server.databaseUrl });
    await db.execute('update credit_monitors set next_check_at = 0');
    db.close();
    for (let i = 0; (await api('GET', '/api/notifications')).body.unread === 0; i++) {
      if (i > 100) throw new Error('the monitoring job never told');
      await page.waitForTimeout(100);
    }

    const { popup } = await openPopupOn(browser, `${sites.url}/blank.html`);
    await popup.waitForSelector('[data-testid=popup-notifications] >> text=Nordlys Energi AS: credit rating changed');
    expect(await popup.textContent('[data-testid=popup-notifications]')).toContain('rating A → C');

    await page.goto(`${server.url}/#/my-work`);
    await page.waitForSelector('[data-testid=nav-notifications] .badge >> text=1');
    await page.click('[data-testid=nav-notifications]');
    await page.click('[data-testid=notification] >> text=Nordlys Energi AS: credit rating changed');
    await page.waitForSelector('[data-testid=credit-rating] >> text=score 45');
    await page.waitForSelector('[data-testid=credit-trend] canvas');
    expect(await page.textContent('[data-testid=credit]')).toContain('rating A → C; score 85 → 45');
    // Opening it marked it read.
    await page.waitForSelector('[data-testid=nav-notifications] .badge', { state: 'detached' });
  });
});
