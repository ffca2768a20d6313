import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../helpers/test-app';
import { signIn } from '../helpers/test-server';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';

const PNG = resolve('tests/fixtures/images/fjord-logo.png');
const SVG = resolve('tests/fixtures/images/scripted.svg');

/** Screenshots for a person to look at (fixed names, so reruns overwrite them). */
const shot = (page: Page, name: string) => page.screenshot({ path: join(tmpdir(), `fjord-${name}.png`), fullPage: true });

/** Waits for the card's logo to be decoded, and answers its natural width and where it comes from. */
async function renderedLogo(page: Page) {
  const img = await page.waitForSelector('[data-testid=company-logo-img]');
  await page.waitForFunction((el) => (el as HTMLImageElement).complete, img);
  return img.evaluate((el) => ({ width: (el as HTMLImageElement).naturalWidth, src: (el as HTMLImageElement).src }));
}

describe('company logo on the dashboard card, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let companyId: string;
  let token: string;

  beforeAll(async () => {
    server = await serverProcess();
    token = (await signIn(server.url)).token;
    const res = await fetch(`${server.url}/api/companies`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Fjordlogo AS' }),
    });
    companyId = ((await res.json()) as { company: { id: string } }).company.id;
    browser = await launchWithExtension();
    page = await browser.context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses an SVG in the browser with a message, without asking the server', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await page.waitForSelector('nav.sidebar');
    await page.goto(`${server.url}/#/companies/${companyId}`);
    await page.waitForSelector('[data-testid=company-logo-missing]');

    const puts: string[] = [];
    page.on('request', (r) => void (r.method() === 'PUT' && puts.push(r.url())));
    await page.setInputFiles('[data-testid=company-logo] input[name=logo]', SVG);
    expect(await page.textContent('[data-testid=logo-error]')).toMatch(/"scripted\.svg" is an SVG, which is not accepted/);
    expect(puts).toEqual([]);
  });

  it('uploads a PNG through the file input and shows it, fetched with the token', async () => {
    const [put] = await Promise.all([
      page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/api/companies/${companyId}/logo`)),
      page.setInputFiles('[data-testid=company-logo] input[name=logo]', PNG),
    ]);
    expect(put.status()).toBe(200);
    expect(put.request().headers()['content-type']).toBe('image/png');
    const logo = await renderedLogo(page);
    expect(logo.width).toBe(48);
    expect(logo.src).toMatch(/^blob:/);
    expect(await page.$('[data-testid=logo-error]')).toBeNull();
    await shot(page, 'company-logo');

    // What the server stored is the file, byte for byte.
    const { company } = (await (
      await fetch(`${server.url}/api/companies/${companyId}`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { company: { logoUrl: string } };
    const stored = await fetch(`${server.url}${company.logoUrl}`, { headers: { authorization: `Bearer ${token}` } });
    expect(Buffer.from(await stored.arrayBuffer()).equals(readFileSync(PNG))).toBe(true);
  });

  it('shows an uploaded logo as such in the edit form, and the logo on the extension’s own dashboard page', async () => {
    await page.click('[data-testid=edit-company]');
    await page.waitForSelector('[data-testid=uploaded-logo]');
    expect(await page.$('input[name=logoUrl]')).toBeNull();
    await page.click('[data-testid=cancel-edit]');

    const options = await signInThroughOptions(browser, server.url);
    await options.goto(browser.extensionUrl(`dashboard.html#/companies/${companyId}`));
    expect((await renderedLogo(options)).width).toBe(48);
    await options.close();
  });

  it('removes the logo', async () => {
    await page.waitForSelector('[data-testid=company-logo-img]');
    await page.click('[data-testid=remove-logo]');
    await page.waitForSelector('[data-testid=company-logo-missing]');
    expect(await page.$('[data-testid=remove-logo]')).toBeNull();
  });
});
