import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN } from '../helpers/test-app';
import { signIn } from '../helpers/test-server';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { serverProcess } from './helpers/server-process';

describe('saved selections in the dashboard sidebar, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    const { token } = await signIn(server.url, ADMIN.email, ADMIN.password);
    for (const [name, country] of [
      ['Nordlys Energi AS', 'NO'],
      ['Fjällräven Handel AB', 'SE'],
      ['Bergen Bryggeri AS', 'NO'],
    ]) {
      const res = await fetch(`${server.url}/api/companies`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name, country }),
      });
      expect(res.status).toBe(201);
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const names = () => page.$$eval('.company-list tbody tr td:first-child', (cells) => cells.map((c) => c.textContent?.trim()));

  it('saves the filtered list under a name, shared, and reopens it from the sidebar', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
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
