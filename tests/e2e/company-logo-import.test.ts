import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { openPopupOn, signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

const shot = (page: Page, name: string) => page.screenshot({ path: join(tmpdir(), `fjord-${name}.png`), fullPage: true });

describe('a logo given as a web address in the dashboard, in Chromium', () => {
  let site: Awaited<ReturnType<typeof serveFolder>>;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  const browserAsked: string[] = [];

  beforeAll(async () => {
    site = await serveFolder(resolve('tests/fixtures/images'));
    pages = await serveFolder(resolve('tests/fixtures/pages'));
    // The site is on loopback, which the server refuses unless told (tests only).
    server = await serverProcess({ LOGO_FETCH_ALLOW_HOSTS: '127.0.0.1' });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    page.on('request', (r) => void (r.url().startsWith(site.url) && browserAsked.push(r.url())));
    await signInToDashboard(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await site?.close();
    await pages?.close();
  });

  async function giveLogoAddress(companyId: string, address: string) {
    await page.goto(`${server.url}/#/companies/${companyId}`);
    await page.click('[data-testid=edit-company]');
    await page.fill('input[name=logoUrl]', address);
    await page.click('[data-testid=save-company]');
    await page.waitForSelector('[data-testid=company-card]');
  }

  it('is fetched by the server and shown from its stored copy; the browser never asks the site', async () => {
    const api = await adminApi(server.url);
    const company = (await api('POST', '/api/companies', { name: 'Havlys Design AS' })).body.company;
    await giveLogoAddress(company.id, `${site.url}/fjord-logo.png`);
    const img = await page.waitForSelector('[data-testid=company-logo-img]');
    await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, img);
    expect(await img.getAttribute('src')).toMatch(/^blob:/);
    expect((await api('GET', `/api/companies/${company.id}`)).body.company.logoUrl).toMatch(/^\/api\/blobs\//);
    expect(browserAsked).toEqual([]);
  });

  it('says on the card why an address was refused, and keeps the initials', async () => {
    const api = await adminApi(server.url);
    const company = (await api('POST', '/api/companies', { name: 'Skjult Vektor AS' })).body.company;
    await giveLogoAddress(company.id, `${site.url}/scripted.svg`);
    await page.waitForSelector('[data-testid=logo-import].error');
    expect(await page.textContent('[data-testid=logo-import]')).toMatch(
      /The logo from 127\.0\.0\.1:\d+ was not saved: it is an SVG image, which is not accepted \(it can carry scripts\)\./,
    );
    expect(await page.textContent('[data-testid=company-logo-missing]')).toBe('SV');
    expect(browserAsked).toEqual([]);
    await shot(page, 'logo-import-refused-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'logo-import-refused-390');
  });

  it("shows the company's initials in the popup for a captured logo, never the page's image", async () => {
    await signInThroughOptions(browser, server.url);
    const { popup } = await openPopupOn(browser, `${pages.url}/nordlys-energi.html`);
    await popup.waitForSelector('[data-testid=logo-to-import]');
    expect(await popup.textContent('[data-testid=logo-to-import]')).toMatch(/^[A-ZÆØÅ]{1,2}$/);
    expect(await popup.$('img.logo')).toBeNull();
    await popup.setViewportSize({ width: 390, height: 700 });
    await shot(popup, 'popup-logo-initials');
  });
});
