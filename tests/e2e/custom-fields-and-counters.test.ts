import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../helpers/test-app';
import { signIn } from '../helpers/test-server';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { serverProcess } from './helpers/server-process';

/** Screenshots for a person to look at (fixed names, so reruns overwrite them). */
const shot = (page: Page, name: string) => page.screenshot({ path: join(tmpdir(), `fjord-${name}.png`), fullPage: true });
const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();
/** Intl separates a currency code from the amount with a no-break space. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

type Field = { id: string; label: string; entity: string; section: string };

describe('custom fields, additional information, agreements, invoices and counters in the dashboard, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let call: <T>(method: string, path: string, body?: unknown) => Promise<T>;
  let havbruk: string;
  const year = new Date().getFullYear();
  const fields = async () => (await call<{ items: Field[] }>('GET', '/api/settings/custom-fields')).items;
  const fieldId = async (label: string) => (await fields()).find((f) => f.label === label)!.id;

  beforeAll(async () => {
    server = await serverProcess();
    const { token } = await signIn(server.url);
    call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const res = await fetch(`${server.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as T;
    };
    havbruk = (await call<{ company: { id: string } }>('POST', '/api/companies', { name: 'Havbruk Nord AS', country: 'NO' }))
      .company.id;
    await call('POST', '/api/companies', { name: 'Skog Sør AS', country: 'NO' });
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1400, height: 1200 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('defines a choice and a number field, renames one and enables additional information in Settings', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('input[name=email]', ADMIN.email);
    await page.fill('input[name=password]', ADMIN.password);
    await page.click('button[type=submit]');
    await page.click('nav.sidebar >> text=Settings');
    const section = '[data-testid=custom-fields-company]';
    await page.waitForSelector(`${section} form.add-custom-field`);

    await page.fill(`${section} input[name=label]`, 'Tier');
    await page.selectOption(`${section} select[name=type]`, 'choice');
    await page.fill(`${section} textarea[name=choices]`, 'Gold\nSilver\n\nGold');
    await page.click(`${section} form.add-custom-field button[type=submit]`);
    await page.waitForSelector(`${section} [data-testid=custom-field][data-label=Tier]`);
    expect(await text(page, `${section} [data-label=Tier]`)).toContain('Gold, Silver');

    await page.fill(`${section} input[name=label]`, 'Fleet size');
    await page.selectOption(`${section} select[name=type]`, 'number');
    await page.click(`${section} form.add-custom-field button[type=submit]`);
    await page.click(`${section} [data-label="Fleet size"] >> text=Rename`);
    await page.fill(`${section} input[name=rename]`, 'Vessels');
    await page.press(`${section} input[name=rename]`, 'Enter');
    await page.waitForSelector(`${section} [data-label=Vessels]`);
    expect(await text(page, `${section} [data-label=Vessels]`)).toContain('Number');

    await page.click('[data-testid=enable-additional-company]');
    await page.waitForSelector(`${section} [data-section=additional] [data-label="Contact origin"]`);
    const labels = await page.$$eval(`${section} [data-section=additional] [data-testid=custom-field]`, (rows) =>
      rows.map((r) => r.getAttribute('data-label')),
    );
    expect(labels).toEqual(['Contact origin', 'Products', 'Sources']);
    expect(await page.$('[data-testid=enable-additional-company]')).toBeNull();
    // Contacts have their own fields: nothing was added there.
    expect(await page.$('[data-testid=custom-fields-contact] [data-testid=custom-field]')).toBeNull();
    await shot(page, 'settings-custom-fields');
  });

  it('edits a company with typed inputs, refuses a bad number before saving, and shows the values by label', async () => {
    const [tier, vessels] = [await fieldId('Tier'), await fieldId('Vessels')];
    await page.goto(`${server.url}/#/companies/${havbruk}/edit`);
    await page.waitForSelector('[data-testid=company-form]');
    await page.selectOption(`select[name="cf.${tier}"]`, 'Gold');
    await page.fill(`input[name="cf.${vessels}"]`, 'twelve');
    const patches: string[] = [];
    page.on('request', (r) => void (r.method() === 'PATCH' && patches.push(r.url())));
    await page.click('[data-testid=save-company]');
    expect(await text(page, `[data-testid="error-cf.${vessels}"]`)).toBe('Vessels: must be a number');
    expect(await text(page, '[data-testid=form-error]')).toContain('check Vessels');
    expect(patches).toEqual([]);
    // The free-form editor does not list the typed fields as raw ids.
    expect(await page.$$('[data-testid=custom-field-row]')).toHaveLength(0);
    await shot(page, 'company-form-typed-fields');

    await page.fill(`input[name="cf.${vessels}"]`, '1 250');
    const [patch] = await Promise.all([
      page.waitForRequest((r) => r.method() === 'PATCH' && r.url().includes(`/api/companies/${havbruk}`)),
      page.click('[data-testid=save-company]'),
    ]);
    expect(patch.postDataJSON()).toEqual({ customFields: { [tier]: 'Gold', [vessels]: 1250 } });
    await page.waitForSelector('[data-testid=custom-fields]');
    expect(await page.innerText('[data-testid=custom-fields]')).toMatch(/Tier\s+Gold\s+Vessels\s+1,250/);
  });

  it('edits the additional information in place, on a tab that survives a reload', async () => {
    await page.click('[data-testid=tab-additional]');
    await page.waitForSelector('[data-testid=additional-info]');
    expect(page.url()).toContain('?tab=additional');
    await page.click('[data-testid=edit-additional]');
    const origin = await fieldId('Contact origin');
    await page.selectOption(`select[name="cf.${origin}"]`, 'Referral');
    await page.fill(`input[name="cf.${await fieldId('Products')}"]`, 'Salmon, Trout');
    await page.click('[data-testid=save-additional]');
    await page.waitForSelector('[data-testid=edit-additional]');
    await page.reload();
    await page.waitForSelector('[data-testid=additional-info] dl');
    const info = await page.innerText('[data-testid=additional-info]');
    expect(info).toMatch(/Contact origin\s+Referral\s+Products\s+Salmon, Trout\s+Sources\s+—/);
    const stored = await call<{ company: { customFields: Record<string, unknown> } }>('GET', `/api/companies/${havbruk}`);
    expect(stored.company.customFields[origin]).toBe('Referral');
    expect(stored.company.customFields[await fieldId('Tier')]).toBe('Gold');
  });

  it('records an agreement and an invoice on their tab and the counters follow', async () => {
    await page.click('[data-testid=tab-agreements]');
    await page.waitForSelector('[data-testid=add-agreement]');
    expect(await text(page, '[data-testid=counter-unsignedAgreements]')).toBe('0');
    expect(await text(page, '[data-testid=counter-invoicedThisYear]')).toBe('—');

    await page.click('[data-testid=add-agreement]');
    const agreement = '[data-testid=agreement-form]';
    await page.fill(`${agreement} input[name=number]`, 'A-1');
    await page.fill(`${agreement} input[name=title]`, 'Feed framework');
    await page.fill(`${agreement} input[name=amount]`, '12 000');
    expect(await page.inputValue(`${agreement} input[name=currency]`)).toBe('NOK');
    await page.selectOption(`${agreement} select[name=status]`, 'sent');
    await page.click('[data-testid=save-agreement]');
    await page.waitForSelector('[data-testid=agreements] tr[data-number=A-1]');
    expect(plain(await text(page, '[data-testid=agreements] tr[data-number=A-1] [data-testid=amount]'))).toBe('NOK 12,000.00');
    await page.waitForFunction(() => document.querySelector('[data-testid=counter-unsignedAgreements]')?.textContent === '1');

    await page.click('[data-testid=add-invoice]');
    const invoice = '[data-testid=invoice-form]';
    await page.fill(`${invoice} input[name=number]`, '10001');
    await page.fill(`${invoice} input[name=amount]`, '7 500,5x');
    await page.fill(`${invoice} input[name=currency]`, 'kroner');
    await page.click('[data-testid=save-invoice]');
    expect(await text(page, `${invoice} [data-testid=error-amountMinor]`)).toBe('Amount: must be an amount such as 1 234,50');
    expect(await text(page, `${invoice} [data-testid=error-currency]`)).toBe('Currency: must be an ISO 4217 code such as NOK');
    await page.fill(`${invoice} input[name=amount]`, '7 500,50');
    await page.fill(`${invoice} input[name=currency]`, 'nok');
    await page.fill(`${invoice} input[name=date]`, `${year}-03-15`);
    await page.selectOption(`${invoice} select[name=status]`, 'paid');
    await page.click('[data-testid=save-invoice]');
    await page.waitForSelector('[data-testid=invoices] tr[data-number="10001"]');
    await page.waitForFunction(() => document.querySelector('[data-testid=counter-invoicedThisYear]')?.textContent !== '—');
    expect(plain(await text(page, '[data-testid=counter-invoicedThisYear]'))).toBe('NOK 7,500.50');
    await shot(page, 'company-agreements-invoices');

    // Signing the agreement (the edit sends every field, so its title stays) clears the unsigned count.
    await page.click('[data-testid=agreements] tr[data-number=A-1] >> text=Edit');
    expect(await page.inputValue(`${agreement} input[name=amount]`)).toBe('12000.00');
    await page.selectOption(`${agreement} select[name=status]`, 'signed');
    await page.click('[data-testid=save-agreement]');
    await page.waitForFunction(() => document.querySelector('[data-testid=counter-unsignedAgreements]')?.textContent === '0');
    expect(await text(page, '[data-testid=agreements] tr[data-number=A-1]')).toContain('Feed framework');
    expect(await text(page, '[data-testid=agreements] tr[data-number=A-1]')).toContain('Signed');

    await page.reload();
    await page.waitForSelector('[data-testid=invoices] tr[data-number="10001"]');
    expect(page.url()).toContain('?tab=agreements');
    await page.click('[data-testid=invoices] tr[data-number="10001"] >> text=Delete');
    await page.click('[data-testid=invoices] tr[data-number="10001"] button.danger');
    await page.waitForSelector('[data-testid=invoices] tr[data-number="10001"]', { state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[data-testid=counter-invoicedThisYear]')?.textContent === '—');
    // Put it back for the list below.
    await call('POST', '/api/invoices', {
      companyId: havbruk,
      number: '10002',
      date: `${year}-04-01`,
      amountMinor: 750_050,
      currency: 'NOK',
      status: 'sent',
    });
    await call('POST', '/api/agreements', {
      companyId: havbruk,
      number: 'A-2',
      date: `${year}-04-01`,
      amountMinor: 100,
      currency: 'NOK',
      status: 'draft',
    });
  });

  it('filters the list by the custom field, shows it and the counters as columns, and exports them', async () => {
    const [tier, vessels] = [await fieldId('Tier'), await fieldId('Vessels')];
    await page.click('nav.sidebar >> text=Companies');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=companies] tbody tr').length === 2);
    await page.click('[data-testid=toggle-filters]');
    await page.selectOption('select[name=filter-custom-field]', { label: 'Tier' });
    await page.selectOption('select[name=filter-custom-value]', 'Gold');
    await page.click('[data-testid=apply-custom-filter]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=companies] tbody tr').length === 1);
    expect(decodeURIComponent(page.url())).toContain(`cf.${tier}=Gold`);
    expect(await text(page, `[data-testid=filter-chips] [data-key="cf.${tier}"]`)).toMatch(/^Tier: Gold/);
    expect(await text(page, '[data-testid=companies] tbody tr td:first-child')).toBe('Havbruk Nord AS');

    await page.click('[data-testid=column-chooser] summary');
    for (const key of [`cf.${tier}`, `cf.${vessels}`, 'unsignedAgreements', 'invoicedThisYear']) {
      await page.check(`input[name="column-${key}"]`);
    }
    await page.click('[data-testid=column-chooser] summary');
    const row = '[data-testid=companies] tbody tr';
    expect(await text(page, `${row} td[data-column="cf.${tier}"]`)).toBe('Gold');
    expect(await text(page, `${row} td[data-column="cf.${vessels}"]`)).toBe('1,250');
    expect(await text(page, `${row} td[data-column=unsignedAgreements]`)).toBe('1');
    expect(plain(await text(page, `${row} td[data-column=invoicedThisYear]`))).toBe('NOK 7,500.50');
    await shot(page, 'companies-custom-columns');

    // The choice survives a reload (custom-field columns arrive after the settings load).
    await page.reload();
    await page.waitForSelector(`${row} td[data-column="cf.${tier}"]`);

    await page.click('[data-testid=export-menu] summary');
    const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await file.path())!);
    const [header, first] = workbook.worksheets[0]!.getSheetValues()
      .slice(1)
      .map((r) => (r as unknown[]).slice(1));
    const at = (label: string) => first![(header as string[]).indexOf(label)];
    expect(at('Name')).toBe('Havbruk Nord AS');
    expect(at('Tier')).toBe('Gold');
    // A number field stays a number in Excel.
    expect(at('Vessels')).toBe(1250);
    expect(at('Unsigned agreements')).toBe(1);
  });

  it('shows a deleted field’s value as such, and a contact’s typed and additional fields', async () => {
    await call('DELETE', `/api/settings/custom-fields/${await fieldId('Vessels')}`);
    await page.goto(`${server.url}/#/companies/${havbruk}`);
    await page.waitForSelector('[data-testid=custom-fields] dd[data-field-id]');
    expect(await page.innerText('[data-testid=custom-fields]')).toMatch(/Tier\s+Gold\s+\(deleted field\)\s+1250/);

    await call('POST', '/api/settings/custom-fields/standard-additional', { entity: 'contact' });
    const { item: language } = await call<{ item: Field }>('POST', '/api/settings/custom-fields', {
      entity: 'contact',
      label: 'Speaks Norwegian',
      type: 'boolean',
    });
    const { contact } = await call<{ contact: { id: string } }>('POST', '/api/contacts', {
      firstName: 'Kari',
      lastName: 'Nordmann',
      customFields: { [language.id]: true, shoe_size: 39 },
    });
    await page.goto(`${server.url}/#/contacts/${contact.id}`);
    await page.waitForSelector('[data-testid=contact-card] [data-testid=additional-info]');
    expect(await page.innerText('[data-testid=contact-card] [data-testid=custom-fields]')).toMatch(
      /Speaks Norwegian\s+Yes\s+shoe_size\s+39/,
    );
    await page.click('[data-testid=edit-additional]');
    const origin = (await fields()).find((f) => f.entity === 'contact' && f.label === 'Contact origin')!.id;
    await page.selectOption(`select[name="cf.${origin}"]`, 'Event');
    await page.click('[data-testid=save-additional]');
    await page.waitForSelector('[data-testid=edit-additional]');
    expect(await page.innerText('[data-testid=additional-info]')).toMatch(/Contact origin\s+Event/);
    const stored = await call<{ contact: { customFields: Record<string, unknown> } }>('GET', `/api/contacts/${contact.id}`);
    expect(stored.contact.customFields).toEqual({ [language.id]: true, shoe_size: 39, [origin]: 'Event' });
  });
});
