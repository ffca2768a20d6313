import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { naceLabel } from '../../shared/registers/nace';
import { ADMIN } from '../helpers/test-app';
import { signIn } from '../helpers/test-server';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { serverProcess } from './helpers/server-process';

/** Screenshots for a person to look at (fixed names, so reruns overwrite them). */
const shot = (page: Page, name: string) => page.screenshot({ path: join(tmpdir(), `fjord-${name}.png`), fullPage: true });

const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

async function addListValue(page: Page, kind: string, name: string) {
  const section = `[data-testid=list-${kind}]`;
  await page.fill(`${section} input[name=new-${kind}]`, name);
  await page.click(`${section} form.add-item button[type=submit]`);
  await page.waitForSelector(`${section} [data-testid=list-item][data-name="${name}"]`);
}

describe('company records in the dashboard served by the server, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    // Tall enough that the form's sticky save bar sits below the fields in full-page screenshots.
    await page.setViewportSize({ width: 1280, height: 1500 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('signs in and adds an industry and a tag in Settings', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await page.click('nav.sidebar >> text=Settings');
    await page.waitForSelector('[data-testid=list-relationshipType] [data-name=Customer]');
    expect(await page.$('[data-testid=read-only-note]')).toBeNull();

    await addListValue(page, 'industry', 'Aquaculture');
    await addListValue(page, 'tag', 'Key account');
    await shot(page, 'settings');
  });

  it('creates a company with register data, list values and a copied postal address, and shows it on the card', async () => {
    await page.click('nav.sidebar >> text=Companies');
    await page.waitForSelector('.empty');
    await shot(page, 'companies');
    await page.click('[data-testid=new-company]');
    await page.waitForSelector('[data-testid=company-form]');
    await page.fill('input[name=name]', 'Havbruk Nord AS');
    await page.fill('input[name=country]', 'NO');
    await page.fill('input[name=orgNumber]', '923 609 016');
    await page.fill('input[name=naceSearch]', 'aquaculture');
    await page.click('[data-testid=nace-picker] button[data-code="03.21"]');
    await page.selectOption('select[name=orgForm]', 'AS');
    await page.selectOption('select[name=relationshipTypeId]', { label: 'Customer' });
    await page.selectOption('select[name=industryId]', { label: 'Aquaculture' });
    await page.check('[data-testid=chips-tagIds] label:has-text("Key account") input');
    await page.fill('input[name="address.street"]', 'Sjøgata 12');
    await page.fill('input[name="address.postalCode"]', '8006');
    await page.fill('input[name="address.city"]', 'Bodø');
    await page.click('[data-testid=copy-postalAddress]');
    expect(await page.inputValue('input[name="postalAddress.city"]')).toBe('Bodø');
    await shot(page, 'company-form');

    await page.click('[data-testid=save-company]');
    await page.waitForSelector('[data-testid=company-card]');
    expect(await text(page, 'h1')).toBe('Havbruk Nord AS');
    expect(await text(page, '[data-testid=fact-orgNumber]')).toBe('923 609 016');
    expect(await text(page, '[data-testid=fact-naceCode]')).toBe(`03.21 ${naceLabel('03.21')}`);
    expect(await text(page, '.card-header')).toContain('AS – Aksjeselskap');
    await page.waitForSelector('[data-testid=fact-relationshipType]');
    expect(await text(page, '[data-testid=fact-relationshipType]')).toBe('Customer');
    expect(await text(page, '[data-testid=fact-industry]')).toBe('Aquaculture');
    expect(await text(page, '[data-testid=fact-tags]')).toBe('Key account');
    const visit = await page.innerText('[data-testid=fact-address]');
    expect(visit).toContain('Sjøgata 12');
    expect(await page.innerText('[data-testid=fact-postalAddress]')).toBe(visit);
    await shot(page, 'company-card');
  });

  it('sends only the changed field, shows the server’s org number error at the field, and keeps the card on cancel', async () => {
    await page.waitForSelector('[data-testid=credit] >> text=Not rated yet.');
    const before = await page.innerText('[data-testid=company-card] .card-grid');
    await page.click('[data-testid=edit-company]');
    await page.waitForSelector('[data-testid=company-form]');
    expect(await page.inputValue('input[name=orgNumber]')).toBe('923 609 016');
    await page.fill('input[name=orgNumber]', '923 609 017');
    const [patch] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes('/api/companies/')),
      page.click('[data-testid=save-company]'),
    ]);
    expect(patch.postDataJSON()).toEqual({ orgNumber: '923 609 017' });

    const error = await page.waitForSelector('[data-testid=error-orgNumber]');
    expect(await error.textContent()).toMatch(/^Org number: is not a valid NO org number/);
    expect(await text(page, '[data-testid=form-error]')).toContain('Org number');
    // Nothing typed is lost.
    expect(await page.inputValue('input[name=orgNumber]')).toBe('923 609 017');
    expect(await page.inputValue('input[name="postalAddress.city"]')).toBe('Bodø');
    await shot(page, 'company-form-error');

    await page.click('[data-testid=cancel-edit]');
    await page.waitForSelector('[data-testid=fact-tags]');
    expect(await text(page, '[data-testid=fact-orgNumber]')).toBe('923 609 016');
    // The card's sections load again after the form closes (the credit section asks the server).
    await expect.poll(() => page.innerText('[data-testid=company-card] .card-grid'), { timeout: 5_000 }).toBe(before);
  });

  it('names owners, units, the parent, invoicing and custom fields, and shows deleted list values as such', async () => {
    const { token } = await signIn(server.url);
    const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      expect(res.ok, `${method} ${path}: ${res.status}`).toBe(true);
      return (await res.json()) as T;
    };
    const companyId = new URL(page.url()).hash.split('/')[2]!;
    const { user } = await call<{ user: { id: string } }>('GET', '/api/auth/me');
    const listItem = (kind: string, name: string, appliesTo?: string) =>
      call<{ item: { id: string } }>('POST', '/api/settings/lists', { kind, name, appliesTo }).then((r) => r.item.id);
    const category = await listItem('category', 'Fish farming', 'company');
    const department = await listItem('department', 'Nord');
    await call('PATCH', `/api/companies/${companyId}`, {
      categoryIds: [category],
      departmentId: department,
      ownerIds: [user.id],
      employees: 1200,
      invoice: { type: 'emailPdf', email: 'faktura@havbruk.no', creditDays: 14 },
      customFields: { contract_no: 'K-17', renewed: true },
    });
    await call('POST', '/api/companies', { name: 'Havbruk Nord Lofoten', parentId: companyId, address: { city: 'Svolvær' } });
    await call('DELETE', `/api/settings/lists/${department}`);

    await page.reload();
    await page.waitForSelector('[data-testid=fact-owners]');
    expect(await text(page, '[data-testid=fact-owners]')).toBe('Admin');
    expect(await text(page, '[data-testid=fact-department]')).toBe('(deleted)');
    expect(await text(page, '[data-testid=fact-categories]')).toBe('Fish farming');
    expect(await text(page, '[data-testid=fact-employees]')).toBe('1,200');
    expect(await text(page, '[data-testid=fact-invoice]')).toBe(
      "E-mail with PDF attached to faktura@havbruk.no · 14 days' credit",
    );
    expect(await page.innerText('[data-testid=custom-fields]')).toMatch(/contract_no\s+K-17\s+renewed\s+Yes/);
    expect(await text(page, '[data-testid=company-units]')).toContain('Svolvær');
    await shot(page, 'company-card-full');

    await page.click('[data-testid=company-units] >> text=Havbruk Nord Lofoten');
    await page.waitForSelector('[data-testid=fact-parent] a');
    expect(await text(page, '[data-testid=fact-parent]')).toBe('Havbruk Nord AS');
  });

  it('reorders, renames and (after confirming) deletes list values, and sets what a category applies to', async () => {
    const statuses = '[data-testid=list-statusType]';
    const names = () =>
      page.$$eval(`${statuses} [data-testid=list-item]`, (rows) => rows.map((r) => r.getAttribute('data-name')));
    await page.click('nav.sidebar >> text=Settings');
    await page.waitForSelector(`${statuses} [data-name=Inactive]`);
    expect(await names()).toEqual(['Active', 'Not processed', 'Inactive']);

    await page.click(`${statuses} [aria-label="Move Inactive up"]`);
    await page.waitForFunction(
      (sel) => document.querySelector(`${sel} [data-testid=list-item]:nth-child(2)`)?.getAttribute('data-name') === 'Inactive',
      statuses,
    );
    expect(await names()).toEqual(['Active', 'Inactive', 'Not processed']);

    await page.click(`${statuses} [data-name="Not processed"] >> text=Rename`);
    await page.fill(`${statuses} input[name=rename]`, 'New');
    await page.press(`${statuses} input[name=rename]`, 'Enter');
    await page.waitForSelector(`${statuses} [data-name=New]`);

    await page.click(`${statuses} [data-name=New] >> text=Delete`);
    expect(await text(page, `${statuses} [data-name=New]`)).toContain('Records using it will show it as (deleted)');
    await page.click(`${statuses} [data-name=New] button.danger`);
    await page.waitForSelector(`${statuses} [data-name=New]`, { state: 'detached' });
    expect(await names()).toEqual(['Active', 'Inactive']);

    await page.selectOption('[data-testid=list-category] select[aria-label="Fish farming applies to"]', 'both');
    const { token } = await signIn(server.url);
    const appliesTo = async () => {
      const res = await fetch(`${server.url}/api/settings/lists?kind=category`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return ((await res.json()) as { items: { appliesTo: string }[] }).items[0]?.appliesTo;
    };
    await expect.poll(appliesTo).toBe('both');
    expect(await text(page, '[data-testid=members]')).toContain(ADMIN.email);
  });
});
