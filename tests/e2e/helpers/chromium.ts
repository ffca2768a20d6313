import { resolve } from 'node:path';
import { chromium, type Page, type Worker } from 'playwright-core';
import { tempDir } from '../../helpers/temp-dir';

export const TEST_EXTENSION_DIR = resolve('.output/test/chrome-mv3');

/** Debian's Chromium with the test build of the extension loaded unpacked; `locale` is the browser's own language. */
export async function launchWithExtension({ locale }: { locale?: string } = {}) {
  const profile = tempDir('fjord-chromium-');
  const context = await chromium.launchPersistentContext(profile.path, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...(locale ? { locale } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${TEST_EXTENSION_DIR}`,
      `--load-extension=${TEST_EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    extensionUrl: (path: string) => `chrome-extension://${extensionId}/${path}`,
    close: async () => {
      await context.close();
      profile.remove();
    },
  };
}

export type Browser = Awaited<ReturnType<typeof launchWithExtension>>;

/** The tab id Chromium gave the page showing `url`, asked of the extension's service worker. */
export async function tabIdOf(worker: Worker, url: string): Promise<number> {
  return worker.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
}

/** Reads rows of a store of the extension's IndexedDB cache from an extension page. */
export async function cacheRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolveRows, reject) => {
        const open = indexedDB.open('fjord');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
          request.onsuccess = () => {
            resolveRows(request.result as T[]);
            open.result.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/**
 * Waits (up to 15 s) until the extension's cache holds a row of `store` that `matches` (any row
 * by default): what the sync has to bring before a test can go on. Returns that row.
 */
export async function waitForCacheRow<T = Record<string, unknown>>(
  page: Page,
  store: string,
  matches: (row: T) => boolean = () => true,
): Promise<T> {
  for (let i = 0; ; i++) {
    const row = (await cacheRows<T>(page, store)).find(matches);
    if (row) return row;
    if (i > 150) throw new Error(`no matching ${store} row reached the extension cache`);
    await page.waitForTimeout(100);
  }
}
