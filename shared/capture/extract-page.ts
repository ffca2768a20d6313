import { DOMParser } from 'linkedom';
import type { PageEntities } from './captured';
import type { CaptureDocument } from './capture-dom';
import { extractFromDocument } from './extract-document';
import { finalizeCompany } from './finalize-company';
import { domainOfUrl, originOf } from './web-url';

/**
 * Companies and people described by an HTML page, parsed with linkedom (Node: server, tests,
 * scripts). The extension popup parses with the browser's DOMParser and calls
 * `extractFromDocument` directly, so linkedom stays out of its bundle. Never throws.
 */
export function extractPageEntities(html: string, url: string): PageEntities {
  try {
    return extractFromDocument(parseDocument(String(html ?? '')), url);
  } catch {
    return fromUrlOnly(url);
  }
}

// linkedom builds no <html>/<body> around a fragment (the first element becomes the document
// element), so fragments are wrapped the way a browser's parser would.
function parseDocument(html: string): CaptureDocument {
  const markup = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  // linkedom's HTMLDocument is typed against the DOM lib, which shared/ does not load.
  return new DOMParser().parseFromString(markup, 'text/html') as unknown as CaptureDocument;
}

function fromUrlOnly(url: string): PageEntities {
  try {
    const website = originOf(url);
    const domain = domainOfUrl(website);
    const company = finalizeCompany({
      socialProfiles: [],
      website: website === undefined ? undefined : { value: website, source: 'url' },
      name: domain === undefined ? undefined : { value: domain, source: 'url' },
    });
    return { companies: [company], people: [] };
  } catch {
    return { companies: [{ socialProfiles: [] }], people: [] };
  }
}
