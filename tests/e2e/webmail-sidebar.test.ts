import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cacheRows, launchWithExtension, type Browser, waitForCacheRow } from './helpers/chromium';
import { adminApi } from './helpers/dashboard-flows';
import { signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

describe('the Gmail sidebar on saved conversation pages, in Chromium with the built extension', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let options: Page;

  beforeAll(async () => {
    server = await serverProcess();
    pages = await serveFolder(resolve('tests/fixtures/webmail'));
    browser = await launchWithExtension();
    const api = await adminApi(server.url);
    const post = async (path: string, body: unknown) => {
      const res = await api('POST', path, body);
      expect(res.status).toBe(201);
      return res.body as Record<string, { id: string }>;
    };
    const company = (await post('/api/companies', { name: 'Fiskeri Nord AS', country: 'NO' })).company!;
    const kari = (
      await post('/api/contacts', {
        firstName: 'Kari',
        lastName: 'Nordmann',
        title: 'Innkjøpssjef',
        email: 'kari.nordmann@fiskeri.example.no',
      })
    ).contact!;
    await post(`/api/contacts/${kari.id}/companies`, { companyId: company.id, position: 'Purchasing' });
    options = await signInThroughOptions(browser, server.url);
    // The contact, its company and the link reach the cache through the sync.
    await waitForCacheRow(options, 'contactCompanies');
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await server?.close();
  });

  const participants = (page: Page) =>
    page.$$eval('[data-testid=participant]', (items) =>
      items.map((li) => ({ known: li.getAttribute('data-known'), text: li.textContent?.replace(/\s+/g, ' ').trim() })),
    );

  it("shows a known sender's card from the cache: name, title and company with position, without the user's own address", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${pages.url}/gmail-single-message.html`);
    await page.waitForSelector('[data-testid=participant][data-known=yes]');
    const people = await participants(page);
    expect(people).toHaveLength(1);
    expect(people[0]!.text).toContain('Kari Nordmann');
    expect(people[0]!.text).toContain('Innkjøpssjef');
    expect(people[0]!.text).toContain('Fiskeri Nord AS · Purchasing');
    expect(people.some((p) => p.text?.includes('test.user@gmail.com'))).toBe(false);
    // The sidebar lives in its own shadow root: nothing of it is in the page's own DOM tree.
    expect(await page.evaluate(() => document.body.innerText.includes('Not in Fjord'))).toBe(false);
  });

  it('lists unknown participants of a long thread as text, including a name that looks like markup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${pages.url}/gmail-long-thread.html`);
    await page.waitForSelector('[data-testid=participant][data-known=no]');
    const people = await participants(page);
    expect(people.filter((p) => p.known === 'yes').map((p) => p.text?.split(' · ')[0])).toEqual(['Kari Nordmann']);
    const unknown = people.filter((p) => p.known === 'no').map((p) => p.text);
    expect(unknown.some((t) => t?.includes('Lars Eriksson'))).toBe(true);
    expect(unknown.some((t) => t?.includes('Mallory <img src=x onerror=alert(1)>'))).toBe(true);
    expect(await page.$$eval('[data-testid=fjord-sidebar] img', (imgs) => imgs.length)).toBe(0);
  });

  it('logs the open e-mail from two tabs at once: one logged e-mail on the server, marked in the sidebar', async () => {
    const [first, second] = [await browser.context.newPage(), await browser.context.newPage()];
    for (const page of [first, second]) {
      await page.goto(`${pages.url}/gmail-single-message.html`);
      await page.waitForSelector('[data-testid=log-email]');
    }
    await Promise.all([first.click('[data-testid=log-email]'), second.click('[data-testid=log-email]')]);
    await first.waitForSelector('[data-testid=logged-marker]');
    await second.waitForSelector('[data-testid=logged-marker]');

    const api = await adminApi(server.url);
    const contacts = (await api('GET', '/api/contacts?q=nordmann')).body.items as { id: string }[];
    let logs: { subject: string; companyIds: string[]; snippet: string; body: string | null }[] = [];
    for (let i = 0; logs.length === 0 && i < 100; i++) {
      logs = (await api('GET', `/api/email-logs?contactId=${contacts[0]!.id}`)).body.items;
      if (logs.length === 0) await first.waitForTimeout(100);
    }
    expect(logs).toHaveLength(1);
    expect(logs[0]!.subject).toBe('Quote for 40 pallets');
    expect(logs[0]!.companyIds).toHaveLength(1);
    expect(logs[0]!.snippet.length).toBeLessThanOrEqual(300);
    // By default only the snippet is kept, never the body.
    expect(logs[0]!.body).toBeNull();

    const again = await browser.context.newPage();
    await again.goto(`${pages.url}/gmail-single-message.html`);
    await again.waitForSelector('[data-testid=logged-marker]');
  });

  it('works offline: the card comes from the cache, and a logged e-mail waits in the outbox until the server is back', async () => {
    await server.stop();
    const page = await browser.context.newPage();
    await page.goto(`${pages.url}/gmail-long-thread.html`);
    await page.waitForSelector('[data-testid=participant][data-known=yes] >> text=Kari Nordmann');
    await page.click('[data-testid=log-email]');
    await page.waitForSelector('[data-testid=logged-marker]');
    expect((await cacheRows<{ name: string }>(options, 'outbox')).map((m) => m.name)).toContain('emailLog.log');

    await server.start();
    const api = await adminApi(server.url);
    const kari = (await api('GET', '/api/contacts?q=nordmann')).body.items[0] as { id: string };
    let subjects: string[] = [];
    for (let i = 0; !subjects.includes('Re: Delivery schedule for April') && i < 300; i++) {
      await page.waitForTimeout(100);
      const logs = (await api('GET', `/api/email-logs?contactId=${kari.id}`)).body.items as { subject: string }[];
      subjects = logs.map((l) => l.subject);
    }
    expect(subjects).toContain('Re: Delivery schedule for April');
    await page.close();
  });
});
