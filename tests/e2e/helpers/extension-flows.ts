import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { ADMIN } from '../../helpers/test-app';
import { tabIdOf, type Browser } from './chromium';
import type { Credentials } from './dashboard-flows';

/** Signs the extension in through its options page, as a user would. */
export async function signInThroughOptions(browser: Browser, serverUrl: string, who: Credentials = ADMIN): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(browser.extensionUrl('options.html'));
  await page.fill('input[name=serverUrl]', serverUrl);
  await page.fill('input[name=email]', who.email);
  await page.fill('input[name=password]', who.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('[data-testid=signed-in]');
  return page;
}

/** Opens a company page in a tab and the popup for that tab; resolves when the form is filled. */
export async function openPopupOn(browser: Browser, pageUrl: string) {
  const site = await browser.context.newPage();
  await site.goto(pageUrl);
  const tabId = await tabIdOf(browser.worker, pageUrl);
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl(`popup.html?tab=${tabId}`));
  await popup.waitForSelector('body[data-ready]');
  const readyMs = Number(await popup.evaluate(() => document.body.dataset.ready));
  return { site, popup, readyMs };
}

export async function inputValue(page: Page, name: string): Promise<string> {
  return page.inputValue(`[data-testid=quick-add] input[name=${name}]`);
}

export async function waitForSyncState(page: Page, state: string, timeout = 15_000) {
  await page.waitForSelector(`[data-testid=sync-status][data-state=${state}]`, { timeout });
  expect(await page.getAttribute('[data-testid=sync-status]', 'data-state')).toBe(state);
}
