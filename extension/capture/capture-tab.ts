import type { PageEntities } from '../../shared/capture/captured';
import { extractFromDocument } from '../../shared/capture/extract-document';
import { pageHtml } from './page-html';

export type TabCapture = { url: string; entities: PageEntities };

/**
 * Extracts the company and people of the page in the tab. Only the page's HTML text crosses
 * over; it is parsed into an inert document here, so no page script runs in the extension and
 * nothing from the page is ever inserted as HTML.
 */
export async function captureTab(tabId?: number): Promise<TabCapture> {
  const page = await pageHtml(tabId);
  const doc = new DOMParser().parseFromString(page.html, 'text/html');
  return { url: page.url, entities: extractFromDocument(doc, page.url) };
}
