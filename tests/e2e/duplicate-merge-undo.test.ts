import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

describe('create → duplicate warning → merge → undo, in the dashboard in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let existingId: string;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1400 });
    // The company that is already there, with a contact, made through the API as another client would.
    const api = await adminApi(server.url);
    const post = async (path: string, body: unknown) => {
      const res = await api('POST', path, body);
      expect(res.status).toBe(201);
      return res.body as Record<string, { id: string }>;
    };
    existingId = (await post('/api/companies', { name: 'Lofoten Sjømat AS', country: 'NO', orgNumber: '923609016' })).company!.id;
    const contact = (await post('/api/contacts', { firstName: 'Siri', lastName: 'Johansen' })).contact!;
    await post(`/api/contacts/${contact.id}/companies`, { companyId: existingId, position: 'Sales manager' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('warns while a duplicate is typed in, and the card still offers the merge after saving anyway', async () => {
    await signInToDashboard(page, server.url);
    await page.click('[data-testid=new-company]');
    await page.fill('input[name=name]', 'Lofoten Sjømat');
    await page.fill('input[name=country]', 'NO');
    await page.fill('input[name=orgNumber]', '923 609 016');
    await page.fill('input[name=email]', 'post@lofoten-sjomat.example.no');
    await page.waitForSelector('[data-testid=duplicate-warning] >> text=Lofoten Sjømat AS');
    expect(await text(page, '[data-testid=duplicate-warning]')).toContain('same org number');

    await page.click('[data-testid=save-company]');
    await page.waitForSelector('[data-testid=company-card]');
    expect(await text(page, 'h1')).toBe('Lofoten Sjømat');
    await page.waitForSelector('[data-testid=possible-duplicates] >> text=Lofoten Sjømat AS');
  });

  it('merges the new record into the existing one, picking the name, and moves the contact and history', async () => {
    const newId = page.url().split('/').pop()!;
    await page.click('[data-testid=possible-duplicates] >> text=Merge…');
    await page.waitForSelector('[data-testid=merge-page]');
    // The existing company should survive: swap, then keep its name and take the new e-mail.
    await page.click('text=Keep the other one instead');
    await page.waitForFunction(() => document.querySelector('[data-testid=merge-survivor]')?.textContent === 'Lofoten Sjømat AS');
    await page.check('tr[data-field=name] input[value=survivor]');
    await page.check('tr[data-field=email] input[value=other]');
    await page.click('[data-testid=confirm-merge]');

    await page.waitForURL(`**/#/companies/${existingId}`);
    await page.waitForSelector('[data-testid=company-card]');
    expect(await text(page, 'h1')).toBe('Lofoten Sjømat AS');
    expect(await text(page, '[data-testid=fact-email]')).toContain('post@lofoten-sjomat.example.no');
    expect(await text(page, '[data-testid=company-card]')).toContain('Siri Johansen');
    await page.waitForSelector('[data-testid=history] >> text=merged');
    expect(
      await page.$$eval('[data-testid=history-entry]', (rows) =>
        rows.some((r) => r.textContent?.includes('on a record merged into this one')),
      ),
    ).toBe(true);
    expect(await page.$('[data-testid=possible-duplicates]')).toBeNull();

    expect((await (await adminApi(server.url))('GET', `/api/companies/${newId}`)).status).toBe(404);
  });

  it('undoes the merge from the history: both companies are back as they were', async () => {
    await page.click('[data-testid=merges] >> text=Undo merge');
    await page.waitForSelector('[role=status] >> text=Merge undone.');
    await page.waitForFunction(
      () => !document.querySelector('[data-testid=fact-email]')?.textContent?.includes('lofoten-sjomat'),
    );
    await page.waitForSelector('[data-testid=history] >> text=merge undone');
    await page.waitForSelector('[data-testid=possible-duplicates] >> text=Lofoten Sjømat');

    await page.click('[data-testid=possible-duplicates] a:has-text("Lofoten Sjømat")');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Lofoten Sjømat');
    expect(await text(page, '[data-testid=fact-email]')).toContain('post@lofoten-sjomat.example.no');
  });
});
