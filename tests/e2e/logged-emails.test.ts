import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

describe("logged e-mails on the cards, and an admin blocking a contact's e-mails, in Chromium", () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let page: Page;
  let contactId: string;
  let companyId: string;

  let api: Awaited<ReturnType<typeof adminApi>>;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    page = await browser.context.newPage();
    api = await adminApi(server.url);
    companyId = (await api('POST', '/api/companies', { name: 'Havbruk Nord AS', country: 'NO' })).body.company.id;
    contactId = (await api('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann' })).body.contact.id;
    const logged = await api('POST', '/api/email-logs', {
      messageKey: '<offer-77@havbruk.example.no>',
      subject: 'Tilbud <b>fôrflåte</b>',
      sentAt: Date.UTC(2026, 10, 20, 9, 30),
      from: { name: 'Kari Nordmann', address: 'kari@havbruk.example.no' },
      to: [{ name: null, address: 'selger@fjord.example.no' }],
      snippet: 'Hei! Her er tilbudet.',
      source: 'gmail',
      contactIds: [contactId],
      companyIds: [companyId],
    });
    expect(logged.status).toBe(201);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows the logged e-mail on the contact and the company, as text', async () => {
    await signInToDashboard(page, server.url);
    await page.goto(`${server.url}/#/contacts/${contactId}`);
    await page.waitForSelector('[data-testid=logged-emails] >> text=Hei! Her er tilbudet.');
    expect(await page.textContent('[data-testid=logged-emails]')).toContain('Tilbud <b>fôrflåte</b>');
    expect(await page.$('[data-testid=logged-emails] b')).toBeNull();
    await page.goto(`${server.url}/#/companies/${companyId}`);
    await page.waitForSelector('[data-testid=logged-emails] >> text=Hei! Her er tilbudet.');
  });

  it('blocks and unblocks access from the contact card, and the admin keeps seeing the e-mail', async () => {
    await page.goto(`${server.url}/#/contacts/${contactId}`);
    await page.click('[data-testid=email-access] >> text=Block access');
    await page.waitForSelector('[data-testid=emails-blocked]');
    expect((await api('GET', `/api/contacts/${contactId}`)).body.contact.emailsBlocked).toBe(true);
    // The admin still sees it; the rule for members is covered through the API and sync in tests/server/email-logs.test.ts.
    expect(await page.textContent('[data-testid=logged-emails]')).toContain('Hei! Her er tilbudet.');

    await page.click('[data-testid=email-access] >> text=Unblock access');
    await page.waitForSelector('[data-testid=emails-blocked]', { state: 'detached' });
    expect((await api('GET', `/api/contacts/${contactId}`)).body.contact.emailsBlocked).toBe(false);
  });
});
