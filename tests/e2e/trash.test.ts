import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, apiAs, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const MARTE = { name: 'Marte Medlem', email: 'marte@fjord.example', password: 'fjord-long-password' };
const text = async (page: Page, selector: string) => ((await page.textContent(selector)) ?? '').trim();

describe('delete, the trash and restore, in the dashboard in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let api: Awaited<ReturnType<typeof adminApi>>;
  let adminName: string;
  let companyId: string;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    api = await adminApi(server.url);
    adminName = (await api('GET', '/api/auth/me')).body.user.name;
    companyId = (await api('POST', '/api/companies', { name: 'Brygga Fisk AS', country: 'NO' })).body.company.id;
    for (const firstName of ['Astrid', 'Bjørn', 'Cecilie']) {
      expect((await api('POST', '/api/contacts', { firstName, lastName: 'Trashtest' })).status).toBe(201);
    }
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 1000 });
    await signInToDashboard(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('deletes a company from its card after a confirmation that names it, and the list says it went to the trash', async () => {
    await page.goto(`${server.url}/#/companies/${companyId}`);
    await page.waitForSelector('[data-testid=company-card]');
    await page.click('[data-testid=delete-record]');
    expect(await text(page, '[data-testid=confirm-dialog] h2')).toBe('Delete the company “Brygga Fisk AS”?');
    await page.click('[data-testid=confirm-yes]');
    await page.waitForSelector('[data-testid=trash-notice] >> text=“Brygga Fisk AS” was moved to the trash.');
    expect(page.url()).toMatch(/#\/companies$/);
    await page.waitForSelector('[data-testid=companies]');
    expect(await text(page, '[data-testid=companies]')).not.toContain('Brygga Fisk AS');
  });

  it('lists it in the Trash with who deleted it and when, in words', async () => {
    await page.click('[data-testid=nav-trash]');
    const row = page.locator('[data-testid=trash-row]', { hasText: 'Brygga Fisk AS' });
    await row.waitFor();
    const line = (await row.textContent()) ?? '';
    expect(line).toContain(`Deleted by ${adminName}, `);
    expect(line).toMatch(/\d{4}/);
    expect(line).not.toMatch(/\d{12,}|[0-9a-f]{8}-[0-9a-f]{4}/);
  });

  it('says so on its old link, and Restore brings the card back', async () => {
    await page.goto(`${server.url}/#/companies/${companyId}`);
    await page.waitForSelector('[data-testid=record-in-trash]');
    expect(await text(page, '[data-testid=record-in-trash] h1')).toBe('This company is in the trash');
    expect(await text(page, '[data-testid=record-in-trash]')).toContain(`${adminName} deleted it`);
    await page.click('[data-testid=restore-record]');
    await page.waitForSelector('[data-testid=company-card]');
    expect(await text(page, '[data-testid=company-card] h1')).toBe('Brygga Fisk AS');
  });

  it('bulk-deletes three contacts with the count in the confirmation, then restores two of them from the Trash', async () => {
    await page.goto(`${server.url}/#/contacts?q=Trashtest`);
    await page.waitForSelector('[data-testid=contacts] >> text=Trashtest, Cecilie');
    for (const name of ['Astrid', 'Bjørn', 'Cecilie']) await page.check(`input[aria-label="Select Trashtest, ${name}"]`);
    await page.click('[data-testid=bulk-delete]');
    expect(await text(page, '[data-testid=confirm-dialog] h2')).toBe('Delete 3 contacts?');
    await page.click('[data-testid=confirm-yes]');
    await page.waitForSelector('[data-testid=bulk-summary] >> text=Moved 3 of 3 contacts to the trash.');

    await page.click('[data-testid=nav-trash]');
    await page.click('[data-testid=trash-kind-contact]');
    await page.waitForSelector('[data-testid=trash-row] >> text=Cecilie Trashtest');
    await page.check('input[aria-label="Select Astrid Trashtest"]');
    await page.check('input[aria-label="Select Bjørn Trashtest"]');
    await page.click('[data-testid=trash-restore-selected]');
    await page.waitForSelector('[data-testid=trash-restored] >> text=2 items restored.');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=trash-row]').length === 1);
    expect(await text(page, '[data-testid=trash-table]')).toContain('Cecilie Trashtest');

    const live = (await api('GET', '/api/contacts?q=Trashtest')).body.items.map((c: { firstName: string }) => c.firstName);
    expect(live.sort()).toEqual(['Astrid', 'Bjørn']);
  });

  it("does not list a member's deleted private note in the admin's Trash", async () => {
    expect((await api('POST', '/api/settings/members', { ...MARTE, role: 'member' })).status).toBe(201);
    const marte = await apiAs(server.url, MARTE);
    const links = { companyIds: [companyId], contactIds: [] };
    const secret = (await marte('POST', '/api/notes', { body: 'Privat: lønnssamtale', isPrivate: true, ...links })).body.item.id;
    expect((await marte('DELETE', `/api/notes/${secret}`)).status).toBe(200);
    const shared = (await marte('POST', '/api/notes', { body: 'Delt: ring etter jul', isPrivate: false, ...links })).body.item.id;
    expect((await marte('DELETE', `/api/notes/${shared}`)).status).toBe(200);

    await page.click('[data-testid=nav-trash]');
    await page.click('[data-testid=trash-kind-note]');
    const row = page.locator('[data-testid=trash-row]', { hasText: 'Delt: ring etter jul' });
    await row.waitFor();
    expect(await row.textContent()).toContain(`Deleted by ${MARTE.name}`);
    expect(await text(page, '[data-testid=trash-table]')).not.toContain('lønnssamtale');
  });
});
