import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { login } from '../extension/api/login';
import { launchWithExtension, tabIdOf } from '../tests/e2e/helpers/chromium';
import { serveFolder } from '../tests/e2e/helpers/static-server';
import { BENCH_ADMIN, type benchServer } from './bench-server';
import { line, percentile } from './stats';

/** Cold pull into the extension's IndexedDB in real Chromium, and popup time-to-interactive. */
export async function benchChromium(server: Awaited<ReturnType<typeof benchServer>>) {
  const browser = await launchWithExtension();
  const sites = await serveFolder(resolve('tests/fixtures/pages'));
  try {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl('options.html'));
    const session = await login(server.url, BENCH_ADMIN.email, BENCH_ADMIN.password);
    const floorMs = await rawPutFloor(page, server.url, session.token);
    const started = Date.now();
    await browser.worker.evaluate((s) => chrome.storage.local.set({ session: s }), session);
    while ((await cursorOf(page)) !== server.head) await new Promise((r) => setTimeout(r, 25));
    const pullMs = Date.now() - started;

    const url = `${sites.url}/nordlys-energi.html`;
    const site = await browser.context.newPage();
    await site.goto(url);
    const tabId = await tabIdOf(browser.worker, url);
    const ready = await openTimes(browser.context, browser.extensionUrl(`popup.html?tab=${tabId}`));
    const blank = await openTimes(browser.context, `${sites.url}/blank.html`);
    const own = percentile(ready, 50) - percentile(blank, 50);
    return [
      line(`cold pull ${server.rows.length} records, Chromium IndexedDB`, pullMs, floorMs, 1.5),
      `${'popup interactive on a captured page (10 opens)'.padEnd(52)}  median ${percentile(ready, 50)} ms  p95 ${percentile(ready, 95)} ms from opening`,
      `${'  blank page first script, same browser (floor)'.padEnd(52)}  median ${percentile(blank, 50)} ms  p95 ${percentile(blank, 95)} ms`,
      `${'  popup own time (median − floor)'.padEnd(52)}  ${own} ms  budget 150 ms: ${own <= 150 ? 'within' : 'OVER'}`,
    ];
  } finally {
    await sites.close();
    await browser.close();
  }
}

/** Every row fetched first (not timed), then put in one IndexedDB transaction with the cache's indexes. */
async function rawPutFloor(page: Page, serverUrl: string, token: string): Promise<number> {
  return page.evaluate(
    async ({ serverUrl, token }) => {
      const rows: unknown[] = [];
      let cursor = 0;
      for (;;) {
        const res = await fetch(`${serverUrl}/sync/pull?protocolVersion=1&cursor=${cursor}&limit=5000`, {
          headers: { authorization: `Bearer ${token}` },
        });
        const page = (await res.json()) as { cursor: number; more: boolean; changes: { row: unknown }[] };
        rows.push(...page.changes.map((c) => c.row));
        cursor = page.cursor;
        if (!page.more) break;
      }
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('floor', 1);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('companies', { keyPath: 'id' });
          for (const index of ['name', 'domain', 'orgNumber']) store.createIndex(index, index);
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const start = performance.now();
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('companies', 'readwrite');
        const store = tx.objectStore('companies');
        for (const row of rows) store.put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      return performance.now() - start;
    },
    { serverUrl, token },
  );
}

/** Milliseconds from navigation start to `body[data-ready]`, over 10 opens after 2 warm-ups. */
async function openTimes(context: BrowserContext, url: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('body[data-ready]', { state: 'attached' });
    if (i >= 2) times.push(Number(await page.evaluate(() => document.body.dataset.ready)));
    await page.close();
  }
  return times;
}

async function cursorOf(page: Page): Promise<number | undefined> {
  return page.evaluate(
    () =>
      new Promise<number | undefined>((resolve) => {
        const open = indexedDB.open('fjord');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('meta')) return resolve(undefined);
          const req = db.transaction('meta').objectStore('meta').get('cursor');
          req.onsuccess = () => {
            resolve((req.result as { value: number } | undefined)?.value);
            db.close();
          };
        };
        open.onerror = () => resolve(undefined);
      }),
  );
}
