import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';

/** Every console error or warning and every uncaught error the page reports, one line each. */
function watchConsole(page: Page) {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning')
      problems.push(`${m.type()}: ${m.text()} ${m.location().url} (on ${page.url()})`);
  });
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message.split('\n')[0]} (on ${page.url()})`));
  return problems;
}

/** Resolves once no request has been in flight for a quarter second, so a screen's late failures are seen too. */
async function settled(page: Page) {
  let inFlight = 0;
  const started = () => inFlight++;
  const ended = () => inFlight--;
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  try {
    for (let quiet = 0; quiet < 5; quiet = inFlight > 0 ? 0 : quiet + 1) await page.waitForTimeout(50);
  } finally {
    page.off('request', started);
    page.off('requestfinished', ended);
    page.off('requestfailed', ended);
  }
}

type Ids = { companyId: string; contactId: string };

/** The main screens by hash route, each with what shows that it has its data. */
const screens = ({ companyId, contactId }: Ids): [hash: string, ready: string][] => [
  ['#/companies', '[data-testid=companies] >> text=Lofoten Sjømat AS'],
  [`#/companies/${companyId}`, '[data-testid=company-card]'],
  ['#/contacts', 'main >> text=Johansen'],
  [`#/contacts/${contactId}`, '[data-testid=contact-card]'],
  ['#/my-work', '[data-testid=my-work]'],
  ['#/duplicates', '[data-testid=duplicate-pairs]'],
  ['#/notifications', '[data-testid=notifications]'],
  ['#/settings', '[data-testid=list-relationshipType] [data-name=Customer]'],
];

async function visitEveryScreen(page: Page, ids: Ids) {
  for (const [hash, ready] of screens(ids)) {
    await page.evaluate((h) => (location.hash = h), hash);
    await page.waitForSelector(ready);
    await settled(page);
  }
}

describe('the dashboard in Chromium, as the web page and as the extension page', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let ids: Ids;
  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    const api = await adminApi(server.url);
    const companyId = (await api('POST', '/api/companies', { name: 'Lofoten Sjømat AS', country: 'NO', orgNumber: '923609016' }))
      .body.company.id as string;
    // A likely duplicate, so the duplicates screen has a pair to list.
    await api('POST', '/api/companies', { name: 'Lofoten Sjømat', country: 'NO', orgNumber: '923609016' });
    const contactId = (await api('POST', '/api/contacts', { firstName: 'Siri', lastName: 'Johansen' })).body.contact.id as string;
    await api('POST', `/api/contacts/${contactId}/companies`, { companyId, position: 'Sales manager' });
    ids = { companyId, contactId };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in on the server page and shows every main screen without a console error or an uncaught error', async () => {
    const page = await browser.context.newPage();
    const problems = watchConsole(page);
    await signInToDashboard(page, server.url);
    await settled(page);
    await visitEveryScreen(page, ids);
    await page.reload();
    await page.waitForSelector('[data-testid=list-relationshipType] [data-name=Customer]');
    await settled(page);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
  });

  it('shows every main screen as the extension page, signed in through the options, without a console error', async () => {
    const options = await signInThroughOptions(browser, server.url);
    const page = await browser.context.newPage();
    const problems = watchConsole(page);
    await page.goto(browser.extensionUrl('dashboard.html#/companies'));
    await page.waitForSelector('[data-testid=new-company]');
    await settled(page);
    await visitEveryScreen(page, ids);
    expect(problems, problems.join('\n')).toEqual([]);
    await page.close();
    await options.close();
  });
});
