import { browser } from '#imports';

export type PageHtml = { html: string; url: string };

let pending: Promise<PageHtml> | null = null;

/**
 * Asks the tab for its HTML. Started by the popup's first, tiny script so the round trip to the
 * page overlaps with loading the rest of the popup; later callers get the same promise.
 */
export function pageHtml(tabId?: number): Promise<PageHtml> {
  pending ??= readPage(tabId);
  return pending;
}

async function readPage(tabId?: number): Promise<PageHtml> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) throw new Error('No page to capture');
  // The page's own world: no isolated world to create (about 40 ms on first use per page). The
  // page could feed us anything here, but its HTML is untrusted input either way.
  const [injection] = await browser.scripting.executeScript({
    target: { tabId: id },
    world: 'MAIN',
    func: () => ({ html: document.documentElement.outerHTML, url: location.href }),
  });
  const page = injection?.result as PageHtml | undefined;
  if (!page) throw new Error('This page cannot be read (browser pages and the web store are off limits)');
  return page;
}

/** `?tab=N` captures a given tab: used when the popup is opened as a page (tests, keyboard users). */
export function requestedTabId(): number | undefined {
  const tab = new URLSearchParams(location.search).get('tab');
  return tab ? Number(tab) : undefined;
}
