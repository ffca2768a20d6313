import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { contactEmailKeys } from '../extension/db/cache-row';
import { newId } from '../shared/ids';
import { launchWithExtension } from '../tests/e2e/helpers/chromium';
import { serveFolder } from '../tests/e2e/helpers/static-server';
import { generateContacts } from './generate-contacts';
import { percentile } from './stats';

const CONTACTS = Number(process.env.SIDEBAR_CONTACTS ?? 100_000);
const SWITCHES = 30;
const SENDER = 'kari.nordmann@fiskeri.example.no';

/**
 * Issue 4's budget: the sidebar card is visible ≤ 150 ms after the conversation view is shown,
 * with 100,000 contacts in the extension's cache, in real Chromium. The conversation is taken out
 * of the saved Gmail page and put back, as Gmail does when the user opens it from the list; the
 * time runs from putting it back to the known sender's card in the sidebar's shadow root.
 */
export async function benchSidebar() {
  const browser = await launchWithExtension();
  const pages = await serveFolder(resolve('tests/fixtures/webmail'));
  try {
    const options = await browser.context.newPage();
    await options.goto(browser.extensionUrl('options.html'));
    const fillMs = await fillCache(options);
    const page = await browser.context.newPage();
    const loadStart = Date.now();
    await page.goto(`${pages.url}/gmail-single-message.html`);
    await page.waitForSelector('[data-testid=participant][data-known=yes]');
    const coldMs = Date.now() - loadStart;
    const shown: number[] = [];
    const frame: number[] = [];
    for (let i = 0; i < SWITCHES; i++) {
      const t0 = Date.now();
      const { cardMs, frameMs, hideMs } = await switchConversation(page);
      if (process.env.SIDEBAR_DEBUG) console.log({ cardMs, frameMs, hideMs, roundTrip: Date.now() - t0 });
      shown.push(cardMs);
      frame.push(frameMs);
    }
    const p95 = percentile(shown, 95);
    return [
      `${`sidebar: ${CONTACTS} contacts into the cache (setup)`.padEnd(52)}  ${fillMs} ms`,
      `${'sidebar: first card on a fresh page load'.padEnd(52)}  ${coldMs} ms from navigation`,
      `${`sidebar card after the conversation is shown (${SWITCHES}×)`.padEnd(52)}  median ${percentile(shown, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms  budget 150 ms: ${p95 <= 150 ? 'within' : 'OVER'}`,
      `${'  next frame after the same change (floor)'.padEnd(52)}  median ${percentile(frame, 50).toFixed(1)} ms  p95 ${percentile(frame, 95).toFixed(1)} ms`,
    ];
  } finally {
    // The browser first: the page server waits for the browser's kept-alive connections to end.
    await browser.close();
    await pages.close();
  }
}

/** The generated contacts plus the fixture's sender, written as the cache stores them (with `emailKeys`). */
async function fillCache(options: Page): Promise<number> {
  const start = Date.now();
  // A lookup makes the background open the cache with its current schema; rows go in beside it.
  await options.evaluate(() => chrome.runtime.sendMessage({ type: 'webmail.people', payload: { people: [], email: null } }));
  const contacts = generateContacts(CONTACTS, 'bench', 'bench');
  const companyId = newId();
  const kari = { ...contacts[0]!, id: newId(), firstName: 'Kari', lastName: 'Nordmann', email: 'kari@home.example' };
  kari.emails = [
    { address: 'kari@home.example', label: null },
    { address: SENDER, label: 'work' },
  ];
  contacts.push(kari);
  const rows = contacts.map((c) => ({ ...c, emailKeys: contactEmailKeys(c) }));
  const company = { ...contacts[0]!, id: companyId, name: 'Fiskeri Nord AS', domain: 'fiskeri.example.no', ownerIds: [] };
  const link = { ...company, id: newId(), contactId: kari.id, companyId, position: 'Purchasing', isPrimary: true };
  for (let i = 0; i < rows.length; i += 20_000) await putRows(options, 'contacts', rows.slice(i, i + 20_000));
  await putRows(options, 'companies', [company]);
  await putRows(options, 'contactCompanies', [link]);
  return Date.now() - start;
}

function putRows(page: Page, store: string, rows: unknown[]) {
  return page.evaluate(
    ({ store, rows }) =>
      new Promise<void>((resolveDone, reject) => {
        const open = indexedDB.open('fjord');
        open.onsuccess = () => {
          const tx = open.result.transaction(store, 'readwrite');
          for (const row of rows) tx.objectStore(store).put(row);
          tx.oncomplete = () => {
            open.result.close();
            resolveDone();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { store, rows },
  );
}

/**
 * Takes the conversation out (the sidebar goes), puts it back and times the card's return. No
 * named functions inside: tsx would wrap them in a helper the page does not have.
 */
function switchConversation(page: Page): Promise<{ cardMs: number; frameMs: number; hideMs: number }> {
  return page.evaluate(async () => {
    const cardCss = '[data-known=yes]';
    const main = document.querySelector('div[role=main]')!;
    const view = [...main.children].find((child) => child.querySelector('h2.hP'))!;
    const next = view.nextSibling;
    const removed = performance.now();
    view.remove();
    while (document.querySelector('fjord-sidebar')?.shadowRoot?.querySelector(cardCss))
      await new Promise((r) => setTimeout(r, 1));
    const hideMs = performance.now() - removed;
    await new Promise((r) => setTimeout(r, 100));
    const start = performance.now();
    main.insertBefore(view, next);
    const frameMs = await new Promise<number>((r) => requestAnimationFrame(() => r(performance.now() - start)));
    while (!document.querySelector('fjord-sidebar')?.shadowRoot?.querySelector(cardCss))
      await new Promise((r) => setTimeout(r, 1));
    return { cardMs: performance.now() - start, frameMs, hideMs };
  });
}
