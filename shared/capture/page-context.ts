import { selectAll, type CaptureDocument } from './capture-dom';
import { domainOfUrl, parseUrl } from './web-url';

/** The page being captured: where relative URLs resolve and what domain it is on. */
export type PageContext = {
  url: string;
  /** `<base href>` resolved against the page URL; the page URL when there is none. */
  base: string | undefined;
  domain: string | undefined;
  /** True for a site's front page ("/", "/en/", "/index.html"), where og:image is the brand's. */
  isHomepage: boolean;
};

export function pageContextOf(doc: CaptureDocument, url: string): PageContext {
  const page = parseUrl(url);
  const baseHref = selectAll(doc, 'base[href]')[0]?.getAttribute('href');
  const base = (baseHref ? parseUrl(baseHref, page?.href) : null) ?? page;
  const path = page?.pathname ?? '/';
  return {
    url,
    base: base?.href,
    domain: domainOfUrl(page?.href),
    isHomepage: /^\/(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.\w+)?$/i.test(path),
  };
}
