import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Browser, waitForCacheRow } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

type Api = Awaited<ReturnType<typeof adminApi>>;

/** Polls the server until `read` answers something non-empty (the outbox pushes in the background). */
async function eventually<T = any>(read: () => Promise<T[]>, page: Page): Promise<T[]> {
  for (let i = 0; i < 150; i++) {
    const rows = await read();
    if (rows.length > 0) return rows;
    await page.waitForTimeout(100);
  }
  return [];
}

describe.each(['gmail', 'outlook'] as const)('the %s sidebar on saved conversation pages, in Chromium', (host) => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let api: Api;
  let kariId: string;
  const page = (name: string) => `${pages.url}/${host}-${name}.html`;
  const subjectHeading = host === 'gmail' ? 'h2.hP' : '[id^="CONV_"][id$="_SUBJECT"]';

  beforeAll(async () => {
    server = await serverProcess();
    pages = await serveFolder(resolve('tests/fixtures/webmail'));
    browser = await launchWithExtension();
    api = await adminApi(server.url);
    const me = (await api('GET', '/api/settings/members')).body.members[0];
    const lists = (await api('GET', '/api/settings/lists')).body.items as { id: string; kind: string; name: string }[];
    const customer = lists.find((i) => i.kind === 'relationshipType' && i.name === 'Customer')!;
    const company = (
      await api('POST', '/api/companies', {
        name: 'Fiskeri Nord AS',
        country: 'NO',
        relationshipTypeId: customer.id,
        ownerIds: [me.id],
      })
    ).body.company;
    kariId = (
      await api('POST', '/api/contacts', {
        firstName: 'Kari',
        lastName: 'Nordmann',
        title: 'Innkjøpssjef',
        // Found by a secondary address too: the page shows the work one.
        emails: [{ address: 'kari@home.example' }, { address: 'kari.nordmann@fiskeri.example.no' }],
      })
    ).body.contact.id;
    await api('POST', `/api/contacts/${kariId}/companies`, { companyId: company.id, position: 'Purchasing' });
    // On Gmail the signature's company is already in Fjord (by its domain); on Outlook it is new.
    if (host === 'gmail')
      await api('POST', '/api/companies', { name: 'Skärgård Logistik', website: 'https://skargard-logistik.example.se' });
    const options = await signInThroughOptions(browser, server.url);
    await waitForCacheRow(options, 'contactCompanies');
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await server?.close();
  });

  it("shows the known sender's card: title, company with position, relationship type and owner; not the user", async () => {
    const tab = await browser.context.newPage();
    await tab.goto(page('single-message'));
    await tab.waitForSelector('[data-testid=participant][data-known=yes] >> text=Owner: Admin');
    const cards = await tab.$$eval('[data-testid=participant]', (els) => els.map((el) => el.textContent));
    expect(cards).toHaveLength(1);
    expect(cards[0]).toContain('Kari Nordmann');
    expect(cards[0]).toContain('Innkjøpssjef');
    expect(cards[0]).toContain('Fiskeri Nord AS · Purchasing');
    expect(cards[0]).toContain('Customer');
    // The name opens the contact's card in the dashboard, in a new tab.
    const [card] = await Promise.all([
      browser.context.waitForEvent('page', (p) => p.url().includes('/dashboard.html#/contacts/')),
      tab.click('[data-testid=participant] button.name'),
    ]);
    expect(card.url()).toBe(browser.extensionUrl(`dashboard.html#/contacts/${kariId}`));
    await card.close();
    await tab.close();
  });

  it('logs the e-mail once however often it is logged, and marks it', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(page('single-message'));
    // The user chooses to keep the whole message this time (a snippet is the default).
    await tab.check('[data-testid=keep-body]');
    await tab.click('[data-testid=log-email]');
    await tab.waitForSelector('[data-testid=logged-marker]');
    await tab.reload();
    await tab.waitForSelector('[data-testid=logged-marker]');
    const logs = await eventually(async () => (await api('GET', `/api/email-logs?contactId=${kariId}`)).body.items, tab);
    await tab.waitForTimeout(500);
    expect((await api('GET', `/api/email-logs?contactId=${kariId}`)).body.items).toHaveLength(1);
    expect(logs[0]).toMatchObject({ subject: 'Quote for 40 pallets', source: host });
    expect(logs[0].companyIds).toHaveLength(1);
    expect(logs[0].body).toBe(
      'Hi,\n\nCould you send us a quote for 40 pallets of dried cod, delivered to Ålesund in April?\n\nKari',
    );
    await tab.close();
  });

  it('adds an unknown sender from their signature, with the company, and the dashboard shows them', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(page('signature'));
    await tab.click('[data-testid=participant][data-known=no] >> [data-testid=add-contact]');
    const form = '[data-testid=add-contact-form]';
    const value = (name: string) => tab.inputValue(`${form} input[name=${name}]`);
    expect(await value('firstName')).toBe('Lars');
    expect(await value('lastName')).toBe('Eriksson');
    expect(await value('title')).toBe('Trafikledare');
    expect(await value('email')).toBe('lars@skargard-logistik.example.se');
    expect(await value('phones')).toBe('+46812345678');
    expect(await value('website')).toBe('https://skargard-logistik.example.se');
    if (host === 'gmail') {
      expect(await tab.isChecked(`${form} label:has-text("Skärgård Logistik") input`)).toBe(true);
    } else {
      expect(await tab.isChecked(`${form} label:has-text("New company") input`)).toBe(true);
      expect(await value('companyName')).toBe('Skärgård Logistik AB');
    }
    await tab.click('[data-testid=save-contact]');
    await tab.waitForSelector('[data-testid=participant][data-known=yes] >> text=Lars Eriksson');
    expect(await tab.textContent('[data-testid=participant][data-known=yes]')).toContain('Trafikledare');

    const found = await eventually(async () => (await api('GET', '/api/contacts?q=eriksson')).body.items, tab);
    expect(found).toHaveLength(1);
    const companies = (await api('GET', '/api/companies?q=skärgård')).body.items as { name: string }[];
    expect(companies.map((c) => c.name)).toEqual([host === 'gmail' ? 'Skärgård Logistik' : 'Skärgård Logistik AB']);

    const dashboard = await browser.context.newPage();
    await signInToDashboard(dashboard, server.url);
    await dashboard.goto(`${server.url}/#/contacts/${found[0].id}`);
    await dashboard.waitForSelector('text=Lars Eriksson');
    expect(await dashboard.textContent('main')).toContain('+46 8 123 456 78');
    await tab.close();
    await dashboard.close();
  });

  it('stays collapsed on the next conversation once the user collapsed it', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(page('single-message'));
    await tab.click('[data-testid=sidebar-toggle]');
    await tab.waitForSelector('[data-testid=participant]', { state: 'detached' });
    await tab.goto(page('long-thread'));
    await tab.waitForSelector('[data-testid=sidebar-toggle][aria-expanded=false]');
    expect(await tab.$('[data-testid=participant]')).toBeNull();
    await tab.click('[data-testid=sidebar-toggle]');
    await tab.waitForSelector('[data-testid=participant]');
    await tab.close();
  });

  it('hides itself when the host page changes beyond recognition: one warning, no error in the page', async () => {
    const tab = await browser.context.newPage();
    const warnings: string[] = [];
    const errors: string[] = [];
    tab.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
    tab.on('pageerror', (e) => errors.push(e.message));
    await tab.goto(page('single-message'));
    await tab.waitForSelector('[data-testid=fjord-sidebar]');
    // The host ships a new layout: the subject heading (the conversation marker) is gone, twice over.
    await tab.evaluate((css) => document.querySelectorAll(css).forEach((h) => h.remove()), subjectHeading);
    await tab.waitForSelector('[data-testid=fjord-sidebar]', { state: 'detached' });
    await tab.evaluate(() => document.body.append(document.createElement('div')));
    await tab.waitForTimeout(400);
    expect(warnings.filter((w) => w.startsWith('Fjord'))).toHaveLength(1);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
