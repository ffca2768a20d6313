import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Company } from '../../shared/entities/company';
import { newId } from '../../shared/ids';
import { signIn } from '../helpers/test-server';
import { cacheRows, launchWithExtension, type Browser } from './helpers/chromium';
import { inputValue, openPopupOn, signInThroughOptions, waitForSyncState } from './helpers/extension-flows';
import { flakyProxy } from './helpers/flaky-proxy';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

describe('from a web page to the canonical CRM and back, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let proxy: Awaited<ReturnType<typeof flakyProxy>>;
  let sites: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let options: Page;

  beforeAll(async () => {
    server = await serverProcess();
    proxy = await flakyProxy(server.port);
    sites = await serveFolder(resolve('tests/fixtures/pages'));
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await sites?.close();
    await proxy?.close();
    await server?.close();
  });

  const serverCompanies = async (q = '') => {
    const session = await signIn(server.url);
    const res = await fetch(`${server.url}/api/companies?limit=100&q=${encodeURIComponent(q)}`, {
      headers: { authorization: `Bearer ${session.token}` },
    });
    return ((await res.json()) as { items: Company[] }).items;
  };

  it('signs in from the options page and shows the sync state', async () => {
    options = await signInThroughOptions(browser, proxy.url);
    await waitForSyncState(options, 'synced');
    expect(await options.textContent('[data-testid=signed-in]')).toContain('Demo workspace');
  });

  it('opens the popup filled from the page, saves, shows it pending, then synced on the server', async () => {
    const { popup, readyMs } = await openPopupOn(browser, `${sites.url}/nordlys-energi.html`);
    expect(readyMs).toBeLessThan(1500); // the 150 ms budget is measured by npm run bench
    expect(await inputValue(popup, 'name')).toBe('Nordlys Energi AS');
    expect(await inputValue(popup, 'website')).toBe('https://www.nordlys-energi.no');
    expect(await inputValue(popup, 'orgNumber')).toBe('923609016');
    expect(await inputValue(popup, 'email')).toBe('post@nordlys-energi.no');
    expect(await inputValue(popup, 'phone')).toBe('+47 77 60 00 00');
    expect(await inputValue(popup, 'city')).toBe('Tromsø');
    expect(await popup.textContent('[data-testid=social-profiles]')).toContain('linkedin.com');
    expect(await popup.textContent('[data-testid=people]')).toContain('Kari Nordmann');
    expect(await popup.title()).toBe('Fjord CRM'); // the page's onerror handler never ran here
    await popup.fill('[data-testid=quick-add] input[name=phone]', '+47 77 60 00 01');
    await popup.click('button[type=submit]');
    await popup.waitForSelector('[data-testid=saved]');
    await popup.waitForSelector('[data-testid=saved][data-pending=false]', { timeout: 10_000 });

    const [company] = await serverCompanies('Nordlys');
    expect(company).toMatchObject({
      name: 'Nordlys Energi AS',
      orgNumber: '923609016',
      domain: 'nordlys-energi.no',
      phone: '+47 77 60 00 01',
      country: 'NO',
    });
    const session = await signIn(server.url);
    const card = (await (
      await fetch(`${server.url}/api/companies/${company!.id}`, { headers: { authorization: `Bearer ${session.token}` } })
    ).json()) as {
      contacts: { contact: { firstName: string; lastName: string }; position: string }[];
    };
    expect(card.contacts.map((c) => `${c.contact.firstName} ${c.contact.lastName}: ${c.position}`).sort()).toEqual([
      'Kari Nordmann: Administrerende direktør',
      'Ola Hansen: Salgssjef',
    ]);
  });

  it('warns that the company exists and offers to open it instead', async () => {
    const { popup } = await openPopupOn(browser, `${sites.url}/nordlys-energi.html`);
    await popup.waitForSelector('[data-testid=duplicate-warning]');
    expect(await popup.textContent('[data-testid=duplicate-warning]')).toContain('Nordlys Energi AS is already in Fjord');
    const [dashboard] = await Promise.all([browser.context.waitForEvent('page'), popup.click('text=Open it instead')]);
    await dashboard.waitForSelector('[data-testid=company-card]');
    expect(await dashboard.textContent('h1')).toBe('Nordlys Energi AS');
  });

  it('receives a change made by another client within a second', async () => {
    const session = await signIn(server.url);
    const id = newId();
    const started = Date.now();
    await fetch(`${server.url}/api/companies`, {
      method: 'POST',
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ id, name: 'Fra Dashbordet AS' }),
    });
    let arrived = false;
    while (!arrived && Date.now() - started < 1000) {
      arrived = (await cacheRows<{ id: string }>(options, 'companies')).some((c) => c.id === id);
      if (!arrived) await new Promise((r) => setTimeout(r, 50));
    }
    expect(arrived, 'company reached the extension cache within 1 s').toBe(true);
  });

  it('captures while the server is down and drains the outbox exactly once when it returns', async () => {
    await server.stop();
    proxy.cutConnections();
    const { popup } = await openPopupOn(browser, `${sites.url}/skargard-logistik.html`);
    expect(await inputValue(popup, 'name')).toBe('Skärgård Logistik AB');
    expect(await inputValue(popup, 'orgNumber')).toBe('5560360793');
    await popup.click('button[type=submit]');
    await popup.waitForSelector('[data-testid=saved][data-pending=true]');
    await waitForSyncState(popup, 'offline');
    expect(Number(await popup.getAttribute('[data-testid=sync-status]', 'data-pending'))).toBeGreaterThan(0);

    await server.start();
    await popup.waitForSelector('[data-testid=saved][data-pending=false]', { timeout: 45_000 });
    expect((await serverCompanies('Skärgård')).map((c) => c.name)).toEqual(['Skärgård Logistik AB']);
  });

  it('logs a call with a follow-up on the page’s company from the popup, offline, and syncs it when the server returns', async () => {
    await server.stop();
    proxy.cutConnections();
    const { popup } = await openPopupOn(browser, `${sites.url}/nordlys-energi.html`);
    await popup.click('[data-testid=duplicate-warning] >> [data-testid=log-on-company]');
    // A few keystrokes: the subject has the focus, Space ticks the follow-up, Enter saves.
    await popup.waitForFunction(() => document.activeElement?.getAttribute('name') === 'text');
    await popup.keyboard.type('Called about heat pumps');
    await popup.focus('[data-testid=quick-log-form] input[name=followUp]');
    await popup.keyboard.press('Space');
    await popup.focus('[data-testid=quick-log-form] input[name=text]');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-testid=logged] >> text=Logged on Nordlys Energi AS');
    type Row = { id: string; [field: string]: unknown };
    const company = (await cacheRows<Row>(popup, 'companies')).find((c) => c.name === 'Nordlys Energi AS')!;
    const activity = (await cacheRows<Row>(popup, 'activities')).find((a) => a.subject === 'Called about heat pumps')!;
    expect(activity).toMatchObject({ type: 'call', companyIds: [company.id], contactIds: [], version: 0 });
    const task = (await cacheRows<Row>(popup, 'tasks')).find((t) => t.followUpOf === activity.id)!;
    expect(task).toMatchObject({ title: 'Follow up: Nordlys Energi AS', status: 'open', companyIds: [company.id] });

    await server.start();
    const session = await signIn(server.url);
    for (let i = 0; ; i++) {
      const res = await fetch(`${server.url}/api/timeline?companyId=${company.id}&kinds=activity,task`, {
        headers: { authorization: `Bearer ${session.token}` },
      });
      const items = ((await res.json()) as { items: { id: string }[] }).items.map((item) => item.id);
      if (items.includes(activity.id) && items.includes(task.id)) break;
      if (i > 450) throw new Error(`the log never reached the server: ${items.join(', ')}`);
      await popup.waitForTimeout(100);
    }
  });

  it('applies a push whose response was lost only once when the extension retries it', async () => {
    proxy.dropNextPushResponse();
    const { popup } = await openPopupOn(browser, `${sites.url}/havnegade-design.html`);
    expect(await inputValue(popup, 'name')).toBe('Havnegade Design ApS');
    await popup.click('button[type=submit]');
    await popup.waitForSelector('[data-testid=saved][data-pending=false]', { timeout: 45_000 });
    expect(proxy.droppedCount()).toBe(1);
    expect((await serverCompanies('Havnegade')).map((c) => c.name)).toEqual(['Havnegade Design ApS']);
  });

  it('lists, searches and opens companies in the dashboard served by the server', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/`);
    await page.fill('input[name=email]', 'admin@example.no');
    await page.fill('input[name=password]', 'correct horse battery');
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=companies] tbody tr');
    const names = await page.$$eval('[data-testid=companies] tbody tr td:first-child', (cells) =>
      cells.map((c) => c.textContent),
    );
    expect(names).toEqual(['Fra Dashbordet AS', 'Havnegade Design ApS', 'Nordlys Energi AS', 'Skärgård Logistik AB']);
    await page.fill('input[name=q]', '923 609');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=companies] tbody tr').length === 1);
    await page.click('text=Nordlys Energi AS');
    await page.waitForSelector('[data-testid=company-contacts]');
    expect(await page.textContent('[data-testid=company-contacts]')).toContain('Kari Nordmann');
  });
});
