import { browser } from '#imports';
import type { PageEntities } from '../../shared/capture/captured';
import { extractFromDocument } from '../../shared/capture/extract-document';

export type TabCapture = { url: string; entities: PageEntities };

/**
 * Reads the page in the given tab (or the active one) and extracts its company and people.
 * Only the page's HTML text crosses over; it is parsed into an inert document here, so no page
 * script runs in the extension and nothing from the page is ever inserted as HTML.
 */
export async function captureTab(tabId?: number): Promise<TabCapture> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) throw new Error('No page to capture');
  const [injection] = await browser.scripting.executeScript({
    target: { tabId: id },
    func: () => ({ html: document.documentElement.outerHTML, url: location.href }),
  });
  const page = injection?.result as { html: string; url: string } | undefined;
  if (!page) throw new Error('This page cannot be read (browser pages and the web store are off limits)');
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  return { url: page.url, entities: extractFromDocument(doc, page.url) };
}
