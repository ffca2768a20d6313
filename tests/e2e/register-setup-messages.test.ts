import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { recordedServer } from '../helpers/recorded-http';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const SIGRID = { name: 'Sigrid Salg', email: 'sigrid@fjord.example', password: 'fjord-long-password' };
/** What a server variable looks like: a salesperson never reads one. */
const ENV_VARIABLE = /[A-Z_]{6,}/;

/** Everything the typeahead says about the registers, line by line. */
const messages = async (page: Page) =>
  (
    await page.$$eval('[data-testid=register-not-set-up], [data-testid=register-failure]', (els) =>
      els.map((e) => e.textContent ?? ''),
    )
  ).join('\n');

describe('server-setup messages go to admins, in Settings; a salesperson is told to ask, in Chromium', () => {
  let down: Awaited<ReturnType<typeof recordedServer>>;
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let admin: Browser;
  let member: Browser;

  beforeAll(async () => {
    // Norway and Denmark are set up but down; Companies House has no key, Bolagsverket no credentials.
    down = await recordedServer({}, { status: 503, body: 'Service Unavailable' });
    server = await serverProcess({ BRREG_URL: down.url, CVR_API_URL: down.url });
    await (
      await adminApi(server.url)
    )('POST', '/api/settings/members', { ...SIGRID, role: 'member' });
    admin = await launchWithExtension();
    member = await launchWithExtension();
  });
  afterAll(async () => {
    await admin?.close();
    await member?.close();
    await server?.close();
    await down?.close();
  });

  it('shows a member typing a company name one "ask your admin" line and no variable names', async () => {
    const page = await member.context.newPage();
    await signInToDashboard(page, server.url, SIGRID);
    await page.goto(`${server.url}/#/companies/new`);
    await page.waitForSelector('[data-testid=register-typeahead] input[name=register-GB]');
    await page.check('input[name=register-GB]');
    await page.check('input[name=register-SE]');
    await page.type('[data-testid=company-form] input[name=name]', 'Fjellvind');
    await page.waitForSelector('[data-testid=register-not-set-up]');
    const lines = await page.$$eval('[data-testid=register-not-set-up]', (els) => els.map((e) => e.textContent ?? ''));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('Companies House');
    expect(lines[0]).toContain('ask your admin');
    // The registers that are down still get a short line each, and none of it names a variable.
    const said = await messages(page);
    expect(said).toContain('answered HTTP 503');
    expect(said).not.toMatch(ENV_VARIABLE);
    expect(await page.$('[data-testid=register-not-set-up] a')).toBeNull();

    await page.goto(`${server.url}/#/settings`);
    await page.waitForSelector('[data-testid=registers-settings] [data-testid=register-setup]');
    expect((await page.textContent('[data-testid=registers-settings]')) ?? '').not.toMatch(ENV_VARIABLE);
    expect(await page.$('[data-testid=credit-providers-settings]')).toBeNull();
  });

  it('gives the admin the setup detail in Settings → Registers, and one line linking there when typing', async () => {
    const page = await admin.context.newPage();
    await signInToDashboard(page, server.url);
    await page.goto(`${server.url}/#/settings`);
    await page.waitForSelector('[data-testid=registers-settings] [data-testid=register-setup] >> text=COMPANIES_HOUSE_API_KEY');
    await page.waitForSelector('[data-testid=credit-providers-settings] [data-testid=credit-setup] >> text=CREDITSAFE_USERNAME');

    await page.goto(`${server.url}/#/companies/new`);
    await page.waitForSelector('[data-testid=register-typeahead] input[name=register-GB]');
    await page.check('input[name=register-GB]');
    await page.type('[data-testid=company-form] input[name=name]', 'Fjellvind');
    await page.waitForSelector('[data-testid=register-not-set-up]');
    expect(await page.$$('[data-testid=register-not-set-up]')).toHaveLength(1);
    expect(await page.textContent('[data-testid=register-not-set-up] a')).toBe('Settings → Company registers');
    expect(await messages(page)).not.toMatch(ENV_VARIABLE);
    await page.click('[data-testid=register-not-set-up] a');
    await page.waitForSelector('[data-testid=registers-settings] [data-testid=register-setup]');
  });
});
