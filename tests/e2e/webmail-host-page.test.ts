import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type Browser, waitForCacheRow } from './helpers/chromium';
import { adminApi } from './helpers/dashboard-flows';
import { signInThroughOptions } from './helpers/extension-flows';
import { serverProcess } from './helpers/server-process';
import { serveFolder } from './helpers/static-server';

/** What a user sees of the sidebar's box and text, read from inside its shadow root. */
const sidebarLook = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('fjord-sidebar')!.shadowRoot!;
    const pick = (css: string) => {
      const style = getComputedStyle(root.querySelector(css)!);
      return [
        style.fontSize,
        style.color,
        style.backgroundColor,
        style.width,
        style.padding,
        style.display,
        style.fontFamily,
      ].join('|');
    };
    return ['aside', 'header button', 'li[data-testid=participant]', '.subject'].map(pick);
  });

describe('the sidebar and the host page leave each other alone, in Chromium', () => {
  let server: Awaited<ReturnType<typeof serverProcess>>;
  let pages: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await serverProcess();
    pages = await serveFolder(resolve('tests/fixtures/webmail'));
    browser = await launchWithExtension();
    const api = await adminApi(server.url);
    await api('POST', '/api/contacts', { firstName: 'Kari', lastName: 'Nordmann', email: 'kari.nordmann@fiskeri.example.no' });
    const options = await signInThroughOptions(browser, server.url);
    await waitForCacheRow(options, 'contacts');
  });
  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await server?.close();
  });

  it("keeps the host's keyboard shortcuts working, and typing in the sidebar does not trigger them", async () => {
    const page = await browser.context.newPage();
    // Gmail-like shortcuts: a page script listening on the document, as the host's own code does.
    await page.addInitScript(() => {
      (window as unknown as { shortcuts: string[] }).shortcuts = [];
      document.addEventListener('keydown', (e) => (window as unknown as { shortcuts: string[] }).shortcuts.push(e.key));
    });
    await page.goto(`${pages.url}/gmail-long-thread.html`);
    await page.waitForSelector('[data-testid=participant][data-known=no]');
    await page.keyboard.press('j');
    await page.click('[data-testid=participant][data-known=no] >> [data-testid=add-contact]');
    await page.fill('[data-testid=add-contact-form] input[name=title]', 'kjk');
    await page.click('h2.hP');
    await page.keyboard.press('k');
    expect(await page.evaluate(() => (window as unknown as { shortcuts: string[] }).shortcuts)).toEqual(['j', 'k']);
    expect(await page.inputValue('[data-testid=add-contact-form] input[name=title]')).toBe('kjk');
    await page.close();
  });

  it("is not restyled by the host's CSS and takes no room in the host's layout", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${pages.url}/gmail-single-message.html`);
    await page.waitForSelector('[data-testid=participant][data-known=yes]');
    const before = await sidebarLook(page);
    await page.addStyleTag({
      content: `* { font-size: 31px !important; color: rgb(255, 0, 0) !important; font-family: serif !important; }
        aside, button, li, ul, p, div, header { display: inline !important; width: 3px !important; padding: 40px !important; background: rgb(0, 0, 0) !important; }
        body > * { line-height: 90px !important; }`,
    });
    expect(await sidebarLook(page)).toEqual(before);
    await page.addStyleTag({ content: '* { font-size: 13px !important; color: inherit !important; }' });
    const sidebarBox = await page.evaluate(() => {
      const host = document.querySelector('fjord-sidebar')!.getBoundingClientRect();
      return host.width * host.height;
    });
    expect(sidebarBox).toBe(0);
    // The host's own layout is the same with the sidebar and without it.
    const withSidebar = await page.evaluate(() =>
      JSON.stringify(document.querySelector('div[role=main]')!.getBoundingClientRect()),
    );
    await page.evaluate(() => document.querySelector('fjord-sidebar')!.remove());
    expect(await page.evaluate(() => JSON.stringify(document.querySelector('div[role=main]')!.getBoundingClientRect()))).toBe(
      withSidebar,
    );
    await page.close();
  });
});
