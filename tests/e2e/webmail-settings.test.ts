import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Browser, waitForCacheRow } from './helpers/chromium';
import { adminApi } from './helpers/dashboard-flows';
import { signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

describe('webmail settings in the options page, applied by the sidebar in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let options: Page;
  let api: Awaited<ReturnType<typeof adminApi>>;
  let kariId: string;

  const loggedOnKari = async () => (await api('GET', `/api/email-logs?contactId=${kariId}`)).body.items as unknown[];
  const saveSettings = async (fields: { autoLog?: boolean; neverLog?: string; ownAddresses?: string }) => {
    await options.reload();
    const form = '[data-testid=webmail-settings]';
    await options.waitForSelector(form);
    if (fields.autoLog !== undefined) await options.setChecked(`${form} input[name=autoLog]`, fields.autoLog);
    if (fields.neverLog !== undefined) await options.fill(`${form} textarea[name=neverLog]`, fields.neverLog);
    if (fields.ownAddresses !== undefined) await options.fill(`${form} textarea[name=ownAddresses]`, fields.ownAddresses);
    await options.click(`${form} button[type=submit]`);
  };
  const open = async (name: string) => {
    const page = await browser.context.newPage();
    await page.goto(`${pages.url}/${name}`);
    await page.waitForSelector('[data-testid=participant][data-known=yes]');
    return page;
  };

  beforeAll(async () => {
    server = await serverProcess();
    pages = await serveFolder(resolve('tests/fixtures/webmail'));
    browser = await launchWithExtension();
    api = await adminApi(server.url);
    kariId = (
      await api('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann', email: 'kari.nordmann@fiskeri.example.no' })
    ).body.contact.id;
    options = await signInThroughOptions(browser, server.url);
    await waitForCacheRow(options, 'contacts');
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await server?.close();
  });

  it('logs nothing by itself until the user turns auto-log on', async () => {
    const page = await open('gmail-single-message.html');
    await page.waitForSelector('[data-testid=log-email]');
    await page.waitForTimeout(500);
    expect(await loggedOnKari()).toEqual([]);
    await page.close();
  });

  it("leaves the user's other addresses out of the sidebar", async () => {
    await saveSettings({ ownAddresses: 'Ola.Hansen@fiskeri.example.no' });
    await options.waitForSelector('[data-testid=webmail-settings-saved]');
    const page = await open('gmail-long-thread.html');
    const names = await page.$$eval('[data-testid=participant]', (els) => els.map((el) => el.textContent ?? ''));
    expect(names.some((n) => n.includes('Ola Hansen'))).toBe(false);
    expect(names.some((n) => n.includes('Ingrid Berg'))).toBe(true);
    await page.close();
  });

  it('never logs a conversation with a never-log domain, and says why', async () => {
    await saveSettings({ neverLog: 'havbruk.example.no' });
    await options.waitForSelector('[data-testid=webmail-settings-saved]');
    const page = await open('gmail-long-thread.html');
    await page.waitForSelector('[data-testid=never-logged] >> text=ingrid.berg@havbruk.example.no');
    expect(await page.$('[data-testid=log-email]')).toBeNull();
    await page.close();
  });

  it('names an invalid entry and keeps what was saved', async () => {
    await saveSettings({ neverLog: 'havbruk.example.no\nnope' });
    await options.waitForSelector(
      '[data-testid=webmail-settings] .error >> text="nope" is neither an e-mail address nor a domain',
    );
    await options.reload();
    await options.waitForSelector('[data-testid=webmail-settings]');
    expect(await options.inputValue('[data-testid=webmail-settings] textarea[name=neverLog]')).toBe('havbruk.example.no');
  });

  it('names an invalid entry in the language the user picked', async () => {
    await browser.worker.evaluate(() => chrome.storage.local.set({ language: 'nb' }));
    try {
      await saveSettings({ neverLog: 'havbruk.example.no\nkari@' });
      await options.waitForSelector('[data-testid=webmail-settings] .error >> text=«kari@» er ikke en e-postadresse');
    } finally {
      await browser.worker.evaluate(() => chrome.storage.local.remove('language'));
    }
  });

  it('logs a conversation with a known contact on opening once auto-log is on, and only once', async () => {
    await saveSettings({ autoLog: true, neverLog: '' });
    await options.waitForSelector('[data-testid=webmail-settings-saved]');
    const page = await open('gmail-single-message.html');
    await page.waitForSelector('[data-testid=logged-marker] >> text=Logged automatically');
    let logs: unknown[] = [];
    for (let i = 0; logs.length === 0 && i < 100; i++) {
      await page.waitForTimeout(100);
      logs = await loggedOnKari();
    }
    expect(logs).toHaveLength(1);
    await page.reload();
    await page.waitForSelector('[data-testid=logged-marker] >> text=Logged in Fjord');
    await page.waitForTimeout(500);
    expect(await loggedOnKari()).toHaveLength(1);
    await page.close();
  });
});
