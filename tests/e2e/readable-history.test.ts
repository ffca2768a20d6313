import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { newId } from '../../shared/ids';
import { pushBody } from '../helpers/factories';
import { signIn } from '../helpers/test-server';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const KARI = { name: 'Kari Nordmann', email: 'kari@fjord.example', password: 'fjord-long-password' };
const history = '[data-testid=record-history]';

/** Saves the open company form and waits for the card, whose history then loads again. */
async function save(page: Page) {
  await page.click('[data-testid=save-company]');
  await page.waitForSelector('[data-testid=company-card]');
}

describe('a company history a salesperson can read, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let companyId: string;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1200 });
    const api = await adminApi(server.url);
    for (const name of ['Hot lead', 'VIP', 'Cold']) await api('POST', '/api/settings/lists', { kind: 'tag', name });
    expect((await api('POST', '/api/settings/members', { ...KARI, role: 'member' })).status).toBe(201);
    await api('POST', '/api/companies', { name: 'Havbruk Nord AS' });
    const { items } = (await api('GET', '/api/settings/lists')).body as { items: { id: string; name: string }[] };
    const id = (name: string) => items.find((i) => i.name === name)!.id;

    // The popup's quick-add: one `company.create` through the sync push, which the server books as the extension's.
    companyId = newId();
    const { token } = await signIn(server.url);
    const pushed = await fetch(`${server.url}/sync/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(
        pushBody(newId(), [
          {
            name: 'company.create',
            args: {
              id: companyId,
              name: 'Havbruk Lofoten AS',
              website: 'https://havbruk-lofoten.example.no',
              orgNumber: '923609016',
              country: 'NO',
              email: 'post@havbruk-lofoten.example.no',
              phone: '+47 76 00 00 00',
              address: { street: 'Havnegata 1', postalCode: '8300', city: 'Svolvær', country: 'NO' },
              socialProfiles: ['https://www.linkedin.com/company/havbruk-lofoten'],
              relationshipTypeId: id('Prospect'),
              tagIds: [id('Cold')],
            },
          },
        ]),
      ),
    });
    expect(pushed.status).toBe(200);
    await signInToDashboard(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('changes the relationship and the tags, then adds an owner and a parent, in the dashboard', async () => {
    await page.goto(`${server.url}/#/companies/${companyId}`);
    await page.waitForSelector(`${history} [data-testid=history-entry]`);
    await page.click('[data-testid=edit-company]');
    await page.selectOption('select[name=relationshipTypeId]', { label: 'Customer' });
    await page.check('[data-testid=chips-tagIds] label:has-text("Hot lead") input');
    await page.check('[data-testid=chips-tagIds] label:has-text("VIP") input');
    await page.uncheck('[data-testid=chips-tagIds] label:has-text("Cold") input');
    await save(page);

    await page.click('[data-testid=edit-company]');
    await page.check('[data-testid=chips-ownerIds] label:has-text("Kari Nordmann") input');
    await page.fill('input[name=parentSearch]', 'Havbruk Nord');
    await page.click('[data-testid=parent-picker] .picker-results button:has-text("Havbruk Nord AS")');
    await save(page);
    await page.waitForSelector(`${history} [data-testid=history-entry][data-action=update] >> nth=1`);
  });

  it('reads as one entry per write, with names, words and dates, and never an id or epoch number', async () => {
    const entries = await page.$$eval(`${history} [data-testid=history-entry]`, (els) =>
      els.map((el) => (el as HTMLElement).innerText),
    );
    expect(entries).toHaveLength(3);
    const [second, first, created] = entries as [string, string, string];
    expect(created).toContain('Created from the popup');
    expect(first).toContain('Changed in the dashboard');
    expect(first).toContain('Relationship: Prospect → Customer');
    expect(first).toContain('Tags: added Hot lead, VIP; removed Cold');
    expect(second).toContain('Owners: added Kari Nordmann');
    expect(second).toContain('Parent company: — → Havbruk Nord AS');
    // Who and when: "Admin, 6 Dec 2026, 09:14" in the English (en-GB) dashboard.
    for (const entry of entries) expect(entry).toMatch(/Admin, \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/);

    // The values the quick-add started with are one click away.
    await page.click(`${history} [data-testid=history-entry][data-action=create] summary`);
    const start = await page.innerText(`${history} [data-testid=history-entry][data-action=create]`);
    expect(start).toContain('Name: Havbruk Lofoten AS');
    expect(start).toContain('Relationship: Prospect');
    expect(start).toContain('Tags: Cold');
    expect(start).toContain('Address: Havnegata 1, 8300 Svolvær');

    const all = await page.innerText(history);
    expect(all).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(all).not.toMatch(/\d{13}/);
    await page.screenshot({ path: join(tmpdir(), 'fjord-readable-history.png'), fullPage: true });
  });
});
