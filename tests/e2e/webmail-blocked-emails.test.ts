import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { cacheRows, launchWithExtension, type Browser, waitForCacheRow } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

const SIGRID = { name: 'Sigrid Salg', email: 'sigrid@fjord.example', password: 'fjord-long-password' };

describe("an admin blocks a contact's e-mails: a member's extension loses them after sync", () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let admin: Browser;
  let member: Browser;
  let dashboard: Page;
  let kariId: string;

  beforeAll(async () => {
    server = await serverProcess();
    pages = await serveFolder(resolve('tests/fixtures/webmail'));
    [admin, member] = [await launchWithExtension(), await launchWithExtension()];
    const api = await adminApi(server.url);
    kariId = (
      await api('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann', email: 'kari.nordmann@fiskeri.example.no' })
    ).body.contact.id;
    await api('POST', '/api/email-logs', {
      messageKey: '<offer-77@fiskeri.example.no>',
      subject: 'Tilbud på tørrfisk',
      sentAt: Date.UTC(2026, 10, 20, 9, 30),
      from: { name: 'Kari Nordmann', address: 'kari.nordmann@fiskeri.example.no' },
      snippet: 'Hei! Her er tilbudet.',
      source: 'gmail',
      contactIds: [kariId],
      companyIds: [],
    });
    dashboard = await admin.context.newPage();
  });
  afterAll(async () => {
    await admin?.close();
    await member?.close();
    await pages?.close();
    await server?.close();
  });

  it('adds a member in the dashboard settings', async () => {
    await signInToDashboard(dashboard, server.url);
    await dashboard.goto(`${server.url}/#/settings`);
    const form = '[data-testid=add-member]';
    await dashboard.fill(`${form} input[name=name]`, SIGRID.name);
    await dashboard.fill(`${form} input[name=email]`, SIGRID.email);
    await dashboard.fill(`${form} input[name=password]`, 'short');
    await dashboard.click(`${form} button[type=submit]`);
    await dashboard.waitForSelector('[data-testid=error-password]');
    await dashboard.fill(`${form} input[name=password]`, SIGRID.password);
    await dashboard.click(`${form} button[type=submit]`);
    await dashboard.waitForSelector(`[data-testid=member-row] >> text=${SIGRID.email}`);
  });

  it("shows the member the contact's logged e-mails in the sidebar until an admin blocks access", async () => {
    const options = await member.context.newPage();
    await options.goto(member.extensionUrl('options.html'));
    await options.fill('input[name=serverUrl]', server.url);
    await options.fill('input[name=email]', SIGRID.email);
    await options.fill('input[name=password]', SIGRID.password);
    await options.click('button[type=submit]');
    await options.waitForSelector('[data-testid=signed-in]');
    await waitForCacheRow(options, 'emailLogs');
    const mail = await member.context.newPage();
    await mail.goto(`${pages.url}/gmail-single-message.html`);
    await mail.waitForSelector('[data-testid=person-logged-emails] >> text=Tilbud på tørrfisk');

    await dashboard.goto(`${server.url}/#/contacts/${kariId}`);
    await dashboard.click('[data-testid=email-access] >> text=Block access');
    await dashboard.waitForSelector('[data-testid=emails-blocked]');

    // The member's extension is told through sync: the e-mail leaves the cache.
    for (let i = 0; (await cacheRows(options, 'emailLogs')).length > 0; i++) {
      if (i > 150) throw new Error('the blocked e-mail stayed in the cache');
      await options.waitForTimeout(100);
    }
    await mail.reload();
    await mail.waitForSelector('[data-testid=participant][data-known=yes]');
    expect(await mail.$('[data-testid=person-logged-emails]')).toBeNull();
    // The admin still sees it.
    expect(await dashboard.textContent('[data-testid=logged-emails]')).toContain('Tilbud på tørrfisk');
  });

  it('does not log a conversation with the blocked contact for the member, even with auto-log on, and says why', async () => {
    const options = await member.context.newPage();
    await options.goto(member.extensionUrl('options.html'));
    const form = '[data-testid=webmail-settings]';
    await options.waitForSelector(form);
    await options.setChecked(`${form} input[name=autoLog]`, true);
    await options.click(`${form} button[type=submit]`);
    await options.waitForSelector('[data-testid=webmail-settings-saved]');

    const mail = await member.context.newPage();
    await mail.goto(`${pages.url}/gmail-single-message.html`);
    await mail.waitForSelector('[data-testid=participant][data-known=yes]');
    await mail.click('[data-testid=log-email]');
    await mail.waitForSelector('.error >> text=only admins log e-mails with a contact whose e-mails are blocked');
    expect(await mail.$('[data-testid=logged-marker]')).toBeNull();
    expect(await cacheRows(options, 'emailLogs')).toEqual([]);
    const api = await adminApi(server.url);
    expect((await api('GET', `/api/email-logs?contactId=${kariId}`)).body.items).toHaveLength(1);
  });
});
