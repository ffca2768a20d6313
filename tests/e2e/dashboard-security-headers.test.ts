import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { creditBureaus } from '../helpers/credit-registers';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const DASHBOARD_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; " +
  "font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const PNG = join('tests/fixtures/images', 'fjord-logo.png');

/** Everything the page reports that a content security policy blocked, and any uncaught error. */
async function watchPolicy(page: Page) {
  const problems: string[] = [];
  await page.exposeFunction('reportPolicyViolation', (text: string) => problems.push(text));
  // Added through the DevTools protocol, so it runs although the page's policy forbids inline script.
  await page.addInitScript(() => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        void (window as any).reportPolicyViolation(
          `${e.violatedDirective} blocked ${e.blockedURI} ${e.sample} at ${e.sourceFile}:${e.lineNumber}:${e.columnNumber}`,
        ),
      true,
    );
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  // Uncaught errors too: the web page once threw at start defining the extension's storage items.
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message.split('\n')[0]}`));
  return problems;
}

describe('the dashboard served by the server, under its security headers, in Chromium', () => {
  let bureaus: Awaited<ReturnType<typeof creditBureaus>>;
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  beforeAll(async () => {
    bureaus = await creditBureaus({ rated: '923609016', watched: '910000000' });
    server = await serverProcess({
      CREDITSAFE_URL: bureaus.url,
      CREDITSAFE_USERNAME: 'fjord',
      CREDITSAFE_PASSWORD: 'secret',
      BRREG_URL: bureaus.url,
    });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await bureaus?.close();
  });

  it('sends a strict policy on the page, and nosniff, no framing and same-origin referrers on the page, its files and the API', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    const html = await page.text();
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const script = html.match(/<script[^>]+src="([^"]+)"/)![1]!;
    const style = html.match(/<link rel="stylesheet"[^>]+href="([^"]+)"/)![1]!;

    const api = await adminApi(server.url);
    const token = (await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'admin@example.no', password: 'correct horse battery' }),
    }).then((r) => r.json())) as { token: string };
    expect((await api('GET', '/api/auth/me')).status).toBe(200);
    const responses = {
      page,
      script: await fetch(`${server.url}${script}`),
      style: await fetch(`${server.url}${style}`),
      api: await fetch(`${server.url}/api/companies`, { headers: { authorization: `Bearer ${token.token}` } }),
      apiError: await fetch(`${server.url}/api/companies`),
      unknownRoute: await fetch(`${server.url}/api/no-such-route`),
    };
    expect(responses.script.headers.get('content-type')).toMatch(/javascript/);
    expect(responses.api.status).toBe(200);
    expect(responses.apiError.status).toBe(401);
    for (const [what, res] of Object.entries(responses)) {
      expect([what, res.headers.get('x-content-type-options')]).toEqual([what, 'nosniff']);
      expect([what, res.headers.get('referrer-policy')]).toEqual([what, 'same-origin']);
      expect([what, res.headers.get('x-frame-options')]).toEqual([what, 'DENY']);
      expect([what, res.headers.get('content-security-policy')]).toEqual([
        what,
        what === 'page' ? DASHBOARD_CSP : "default-src 'none'; frame-ancestors 'none'",
      ]);
    }
  });

  it('works through sign-in, companies, a card with its logo and credit chart, contacts and settings without one policy violation', async () => {
    const api = await adminApi(server.url);
    await api('POST', '/api/companies', { name: 'Nordlys Energi AS', country: 'NO', orgNumber: '923609016' });
    await api('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann', email: 'kari@nordlys.example' });

    const page = await browser.context.newPage();
    const problems = await watchPolicy(page);
    await signInToDashboard(page, server.url);
    await page.waitForSelector('[data-testid=companies] >> text=Nordlys Energi AS');

    await page.click('[data-testid=companies] >> text=Nordlys Energi AS');
    await page.waitForSelector('[data-testid=company-card]');
    await page.setInputFiles('[data-testid=company-logo] input[name=logo]', PNG);
    expect(await page.getAttribute('[data-testid=company-logo-img]', 'src')).toMatch(/^blob:/);
    await page.click('[data-testid=credit] >> [data-testid=rate-now]');
    await page.waitForSelector('[data-testid=credit-rating] >> text=score 85');
    bureaus.state.report = 'company-report-c';
    await page.click('[data-testid=credit] >> [data-testid=rate-now]');
    await page.waitForSelector('[data-testid=credit-rating] >> text=score 45');
    await page.waitForSelector('[data-testid=credit-trend] canvas');
    // uPlot positions its cursor and legend through element styles: move over the chart to make it.
    const chart = (await page.$('[data-testid=credit-trend] canvas'))!.boundingBox();
    const box = (await chart)!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.screenshot({ path: join(tmpdir(), 'fjord-csp-company-card.png'), fullPage: true });

    await page.click('[data-testid=edit-company]');
    await page.waitForSelector('[data-testid=company-form]');
    await page.click('[data-testid=cancel-edit]');

    await page.click('nav.sidebar >> text=Contacts');
    await page.waitForSelector('text=Nordmann');
    await page.click('nav.sidebar >> text=Settings');
    await page.waitForSelector('[data-testid=list-relationshipType] [data-name=Customer]');
    await page.click('nav.sidebar >> text=Companies');
    await page.waitForSelector('[data-testid=companies] >> text=Nordlys Energi AS');
    await page.click('[data-testid=export-menu] summary');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);

    expect(problems).toEqual([]);
    await page.close();
  });

  it('cannot be framed by another page', async () => {
    const page = await browser.context.newPage();
    const blocked: string[] = [];
    page.on('console', (m) => void (/frame-ancestors|refused to (display|frame)/i.test(m.text()) && blocked.push(m.text())));
    await page.setContent(`<iframe src="${server.url}/" width="800" height="600"></iframe>`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForLoadState();
    await page.waitForTimeout(300);
    expect(await frame.$('input[name=email]')).toBeNull();
    expect(frame.url()).not.toBe(`${server.url}/`);
    expect(blocked.length).toBeGreaterThan(0);
    await page.close();
  });
});
