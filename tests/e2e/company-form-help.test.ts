import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const form = '[data-testid=company-form]';
const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').replace(/\s+/g, ' ').trim();

describe('the company form helps: its creator owns it, any address copies into another, the name is marked required', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let api: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    api = await adminApi(server.url);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await signInToDashboard(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('starts a new company owned by its creator, copies the invoice address into the postal and visit ones, and saves them', async () => {
    const me = (await api('GET', '/api/auth/me')).body.user as { id: string; name: string };
    await page.goto(`${server.url}/#/companies/new`);
    await page.waitForSelector(form);
    expect(await page.isChecked(`${form} [data-testid=chips-ownerIds] input[value="${me.id}"]`)).toBe(true);
    // Nothing to copy yet: no copy buttons.
    expect(await page.$(`${form} [data-testid=copy-postalAddress]`)).toBeNull();
    await page.fill(`${form} input[name=name]`, 'Kystlinje Regnskap AS');
    await page.fill(`${form} input[name="invoiceAddress.street"]`, 'Postboks 120');
    await page.fill(`${form} input[name="invoiceAddress.postalCode"]`, '5804');
    await page.fill(`${form} input[name="invoiceAddress.city"]`, 'Bergen');
    await page.click(`${form} [data-testid=copy-postalAddress-from-invoiceAddress]`);
    expect(await page.inputValue(`${form} input[name="postalAddress.street"]`)).toBe('Postboks 120');
    await page.click(`${form} [data-testid=copy-address-from-postalAddress]`);
    expect(await page.inputValue(`${form} input[name="address.city"]`)).toBe('Bergen');
    await page.click('[data-testid=save-company]');
    await page.waitForSelector('[data-testid=company-card]');
    const id = page.url().split('/').pop()!;
    const { company } = (await api('GET', `/api/companies/${id}`)).body;
    expect(company.ownerIds).toEqual([me.id]);
    for (const field of ['address', 'postalAddress', 'invoiceAddress'])
      expect(company[field]).toMatchObject({ street: 'Postboks 120', postalCode: '5804', city: 'Bergen' });
  });

  it('marks the name required apart from its label, so an error names the field once, in words', async () => {
    await page.click('[data-testid=edit-company]');
    await page.waitForSelector(form);
    expect(await text(page, `${form} [data-field=name] label`)).toBe('Name *');
    await page.fill(`${form} input[name=name]`, '');
    await page.click('[data-testid=save-company]');
    await page.waitForSelector('[data-testid=error-name]');
    expect(await text(page, '[data-testid=error-name]')).toBe('Name: is required');
  });
});
