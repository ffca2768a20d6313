import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN } from '../helpers/test-app';
import { launchWithExtension, type Browser } from './helpers/chromium';
import { adminApi, signInToDashboard } from './helpers/dashboard-flows';
import { serverProcess } from './helpers/server-process';

const SIGRID = { name: 'Sigrid Salg', email: 'sigrid@fjord.example', password: 'fjord-long-password' };

/** Screenshots for a person to look at, beside the other helpers' (fixed names, so reruns overwrite them). */
const shot = (page: Page, name: string) =>
  page.screenshot({ path: join(process.env.FJORD_SHOTS ?? '/tmp/fjord', `members-${name}.png`), fullPage: true });

const sectionShots = async (page: Page, width: number) => {
  for (const section of ['members', 'account']) {
    await page
      .locator(`[data-testid=${section}]`)
      .screenshot({ path: join(process.env.FJORD_SHOTS ?? '/tmp/fjord', `${section}-${width}.png`) });
  }
};

describe('offboarding a member in Settings → Members, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let browser: Browser;
  let admin: Page;
  let member: Page;

  beforeAll(async () => {
    server = await serverProcess();
    browser = await launchWithExtension();
    const api = await adminApi(server.url);
    expect((await api('POST', '/api/settings/members', { ...SIGRID, role: 'member' })).status).toBe(201);
    // Two origins of the same server keep two sessions apart in one browser (localStorage is per origin).
    member = await browser.context.newPage();
    await member.setViewportSize({ width: 1280, height: 900 });
    await signInToDashboard(member, server.url.replace('127.0.0.1', 'localhost'), SIGRID);
    admin = await browser.context.newPage();
    await admin.setViewportSize({ width: 1280, height: 900 });
    await signInToDashboard(admin, server.url, ADMIN);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('an admin deactivates a member: their open dashboard goes to sign-in on its next request, and they cannot sign in again', async () => {
    await admin.click('nav.sidebar >> text=Settings');
    const row = `[data-testid=member-row][data-member="${SIGRID.email}"]`;
    await admin.waitForSelector(row);
    await shot(admin, 'admin-1280');
    await admin.click(`${row} [data-testid=deactivate-member]`);
    const confirm = await admin.textContent('[data-testid=member-confirm]');
    expect(confirm).toContain('signed out on every device at once');
    expect(confirm).toContain('keep the name');
    await shot(admin, 'confirm-1280');
    await admin.click('[data-testid=confirm-member-change]');
    await admin.waitForSelector(`${row} [data-testid=inactive-badge]`);
    expect(await admin.textContent(`${row} [data-testid=reactivate-member]`)).toBe('Reactivate');

    // The member's dashboard is still on screen; its next request (opening Settings) is refused.
    await member.click('nav.sidebar >> text=Settings');
    await member.waitForSelector('input[name=password]');
    await member.fill('input[name=email]', SIGRID.email);
    await member.fill('input[name=password]', SIGRID.password);
    await member.click('button[type=submit]');
    await member.waitForSelector('text=This account is deactivated');
    expect(await member.$('[data-testid=new-company]')).toBeNull();
  });

  it('shows the members and your account sections readably at 1280 and 390 px', async () => {
    await admin.click(`[data-testid=member-row][data-member="${SIGRID.email}"] [data-testid=reset-password]`);
    await admin.fill('[data-testid=member-password-form] input[name=newPassword]', 'Password123!');
    await admin.click('[data-testid=member-password-form] button[type=submit]');
    await admin.waitForSelector('[data-testid=error-newPassword]');
    expect(await admin.textContent('[data-testid=error-newPassword]')).toContain('most common passwords');
    await admin.fill('[data-testid=change-password] input[name=currentPassword]', 'not my password');
    await admin.fill('[data-testid=change-password] input[name=newPassword]', 'lantern quarry ribbon 41');
    await admin.fill('[data-testid=change-password] input[name=repeatPassword]', 'lantern quarry ribbon 41');
    await admin.click('[data-testid=change-password] button[type=submit]');
    await admin.waitForSelector('[data-testid=error-currentPassword]');
    expect(await admin.textContent('[data-testid=error-currentPassword]')).toBe('Current password: is not your current password');
    await sectionShots(admin, 1280);
    await admin.setViewportSize({ width: 390, height: 900 });
    await sectionShots(admin, 390);
    // Nothing in the two sections reaches past its card (the settings lists' grid beside them is wider than 390 px).
    for (const section of ['members', 'account']) {
      const sticking = await admin.$eval(`[data-testid=${section}]`, (card) => {
        const right = card.getBoundingClientRect().right;
        return [...card.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > right + 1)
          .map((e) => e.outerHTML.slice(0, 80));
      });
      expect(sticking, section).toEqual([]);
    }
    await admin.setViewportSize({ width: 1280, height: 900 });
  });

  it('signing out everywhere returns the dashboard to the sign-in page', async () => {
    await admin.click('[data-testid=sign-out-everywhere]');
    await admin.waitForSelector('input[name=password]');
    const res = await fetch(`${server.url}/api/auth/me`, {
      headers: {
        authorization: `Bearer ${await admin.evaluate(() => JSON.parse(localStorage.getItem('fjord.session') ?? 'null')?.token ?? 'gone')}`,
      },
    });
    expect(res.status).toBe(401);
  });
});
