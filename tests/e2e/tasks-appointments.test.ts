import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const composer = '[data-testid=timeline-composer]';
const appointment = (title: string) => `[data-testid=timeline-item][data-kind=appointment]:has-text("${title}")`;

/** Today as an ISO day in the browser's time zone: what the composer's date field reads. */
const today = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('appointments with a status, and tasks named by their record, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let companyId: string;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    const api = await adminApi(server.url);
    companyId = (await api('POST', '/api/companies', { name: 'Fjellvind Rekruttering AS', country: 'NO' })).body.company.id;
    await api('POST', '/api/tasks', { title: 'Send the offer', companyIds: [companyId] });
    await api('POST', '/api/tasks', { title: 'Call back about the contract', status: 'done', companyIds: [companyId] });
    page = await browser.context.newPage();
    await signInToDashboard(page, server.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const book = async (title: string, start: string, end: string) => {
    await page.click(`${composer} [role=tab]:has-text("Appointment")`);
    await page.fill(`${composer} input[name=title]`, title);
    await page.fill(`${composer} input[name=date]`, await today(page));
    await page.fill(`${composer} input[name=start]`, start);
    await page.fill(`${composer} input[name=end]`, end);
    await page.click('[data-testid=composer-save]');
    await page.waitForSelector(`${appointment(title)} [data-testid=appointment-status] >> text=planned`);
  };

  it('books appointments from the timeline, marks one done and one cancelled in a click, and filters to the cancelled', async () => {
    await page.goto(`${server.url}/#/companies/${companyId}?tab=timeline`);
    await page.waitForSelector(composer);
    await book('Site visit', '09:00', '10:00');
    await page.click(`${appointment('Site visit')} [data-testid=appointment-done]`);
    await page.waitForSelector(`${appointment('Site visit')} [data-testid=appointment-status] >> text=done`);

    await book('Quarterly review', '13:00', '14:00');
    await page.click(`${appointment('Quarterly review')} [data-testid=appointment-cancelled]`);
    await page.waitForSelector(`${appointment('Quarterly review')} [data-testid=appointment-status] >> text=cancelled`);
    // Cancelled reads as not happening: struck through, and it can be planned again.
    const decoration = await page.$eval(
      `${appointment('Quarterly review')} strong`,
      (el) => getComputedStyle(el).textDecorationLine,
    );
    expect(decoration).toBe('line-through');
    expect(await page.$(`${appointment('Quarterly review')} [data-testid=appointment-planned]`)).not.toBeNull();

    await page.selectOption('[data-testid=timeline] select[name=appointmentStatus]', 'cancelled');
    await page.waitForSelector(appointment('Site visit'), { state: 'detached' });
    const shown = await page.$$eval('[data-testid=timeline-item][data-kind=appointment]', (els) => els.map((e) => e.textContent));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Quarterly review');
    // Tasks are not narrowed by the appointments' filter.
    await page.waitForSelector('[data-testid=timeline-item][data-kind=task] >> text=Send the offer');
  });

  it("lists my tasks with the company's name as a link, and filters tasks and the agenda by status", async () => {
    await page.goto(`${server.url}/#/my-work`);
    const offer = '[data-testid=my-task]:has-text("Send the offer")';
    await page.waitForSelector(offer);
    expect(await page.textContent(`${offer} [data-testid=task-record]`)).toBe('Fjellvind Rekruttering AS');
    expect(await page.getAttribute(`${offer} [data-testid=task-record]`, 'href')).toBe(`#/companies/${companyId}?tab=timeline`);
    expect(await page.$('[data-testid=my-task]:has-text("Call back about the contract")')).toBeNull();
    await page.waitForSelector('[data-testid=agenda-item]:has-text("Site visit")');

    await page.selectOption('[data-testid=my-work-status] select[name=taskStatus]', 'done');
    await page.waitForSelector('[data-testid=my-task]:has-text("Call back about the contract")');
    await page.waitForSelector(offer, { state: 'detached' });
    expect(await page.textContent('[data-testid=open-tasks] h2')).toBe('Done tasks');

    await page.selectOption('[data-testid=my-work-status] select[name=appointmentStatus]', 'cancelled');
    await page.waitForSelector('[data-testid=agenda-item]:has-text("Site visit")', { state: 'detached' });
    const agenda = await page.$$eval('[data-testid=agenda-item]', (els) => els.map((e) => e.textContent ?? ''));
    expect(agenda).toHaveLength(1);
    expect(agenda[0]).toContain('Quarterly review');
    expect(agenda[0]).toContain('cancelled');

    await page.click('[data-testid=my-task] [data-testid=task-record]');
    await page.waitForSelector('[data-testid=company-card]');
    expect(await page.textContent('h1')).toBe('Fjellvind Rekruttering AS');
  });
});
