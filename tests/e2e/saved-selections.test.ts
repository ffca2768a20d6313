import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

describe('saved selections in the dashboard sidebar, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    const api = await adminApi(server.url);
    for (const [name, country] of [
      ['Nordlys Energi AS', 'NO'],
      ['Fjällräven Handel AB', 'SE'],
      ['Bergen Bryggeri AS', 'NO'],
    ]) {
      expect((await api('POST', '/api/companies', { name, country })).status).toBe(201);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const names = () => page.$$eval('.company-list tbody tr td:first-child', (cells) => cells.map((c) => c.textContent?.trim()));

  it('saves the filtered list under a name, shared, and reopens it from the sidebar', async () => {
    await signInToDashboard(page, server.url);
    await page.waitForSelector('text=Fjällräven Handel AB');
    await page.goto(`${server.url}/#/companies?country=NO`);
    await page.waitForFunction(() => !document.body.textContent?.includes('Fjällräven'));
    expect(await names()).toEqual(['Bergen Bryggeri AS', 'Nordlys Energi AS']);

    await page.click('[data-testid=save-selection]');
    await page.fill('input[name=selectionName]', 'Norwegian companies');
    await page.check('input[name=selectionShared]');
    await page.click('[data-testid=save-selection-form] button[type=submit]');
    await page.waitForSelector('[data-testid=saved-selections] >> text=Norwegian companies');

    await page.click('nav.sidebar >> text=Companies');
    await page.waitForSelector('text=Fjällräven Handel AB');
    await page.click('[data-testid=saved-selections] >> text=Norwegian companies');
    await page.waitForFunction(() => !document.body.textContent?.includes('Fjällräven'));
    expect(new URL(page.url()).hash).toBe('#/companies?country=NO');
    expect(await names()).toEqual(['Bergen Bryggeri AS', 'Nordlys Energi AS']);
    expect(await page.getAttribute('[data-testid=saved-selections] a', 'title')).toBe('Shared with the workspace');
  });

  it('deletes its own selection from the sidebar', async () => {
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-testid=saved-selections] button[aria-label="Delete Norwegian companies"]');
    await page.waitForSelector('[data-testid=saved-selections]', { state: 'detached' });
  });
});
