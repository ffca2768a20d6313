import { browser } from '#imports';

export type PageHtml = { html: string; url: string };

/**
 * Why no page could be read. Thrown before the popup's language has loaded (this runs from its
 * first script), so it carries a reason for the popup to put into words, not a sentence.
 */
export class PageUnreadable extends Error {
  constructor(readonly reason: 'noTab' | 'offLimits') {
    super(reason);
  }
}

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
  if (id === undefined) throw new PageUnreadable('noTab');
  // The page's own world: no isolated world to create (about 40 ms on first use per page). The
  // page could feed us anything here, but its HTML is untrusted input either way.
  const [injection] = await browser.scripting.executeScript({
    target: { tabId: id },
    world: 'MAIN',
    func: () => ({ html: document.documentElement.outerHTML, url: location.href }),
  });
  const page = injection?.result as PageHtml | undefined;
  // Browser pages and the web store are off limits to extensions.
  if (!page) throw new PageUnreadable('offLimits');
  return page;
}

/** `?tab=N` captures a given tab: used when the popup is opened as a page (tests, keyboard users). */
export function requestedTabId(): number | undefined {
  const tab = new URLSearchParams(location.search).get('tab');
  return tab ? Number(tab) : undefined;
}
