import { capture } from './capture-value';
import type { Captured } from './captured';
import { selectAll, type CaptureDocument } from './capture-dom';
import { cleanText, nameKey } from './clean-text';
import type { MetaReader } from './meta-reader';
import type { PageContext } from './page-context';

// Title segments that name the page, not the company: "Acme AS | Home", "Velkommen – Acme".
const GENERIC =
  /^(?:home(?:\s?page)?|start(?:side|sida|pagina)?|forside(?:n)?|hjem|hem|welcome|velkommen|välkommen|welkom|index|official (?:site|website)|main page|front page)$/i;
const WELCOME_TO = /^(?:welcome to|velkommen til|välkommen till|welkom bij)\s+/i;
const SEPARATORS = /\s+[|\u2013\u2014\-:·•»~]\s+|\s*\|\s*/;

/** The site's name: og:site_name, then application-name, then the cleaned <title>, then the domain. */
export function pageName(doc: CaptureDocument, meta: MetaReader, page: PageContext): Captured<string> | undefined {
  return (
    capture(meta('og:site_name'), 'opengraph') ??
    capture(meta('application-name'), 'meta') ??
    capture(cleanTitle(titleOf(doc), page), 'meta') ??
    capture(page.domain, 'url')
  );
}

/** Name keys of everything the page calls itself, for recognising its organisation elsewhere. */
export function pageNameKeys(doc: CaptureDocument, meta: MetaReader, page: PageContext): Set<string> {
  const names = [meta('og:site_name'), meta('application-name'), cleanTitle(titleOf(doc), page), page.domain?.split('.')[0]];
  return new Set(names.map(nameKey).filter((k): k is string => k !== undefined));
}

function titleOf(doc: CaptureDocument): string | undefined {
  return cleanText(selectAll(doc, 'title')[0]?.textContent);
}

/**
 * Drops generic segments ("Home", "Welcome to …") from a title. Of what is left, the segment
 * that contains the domain's name wins; then the first on a front page (where sites lead with
 * their name) and the last elsewhere ("About us | Acme"), if there is more than one.
 */
export function cleanTitle(title: string | undefined, page: Pick<PageContext, 'domain' | 'isHomepage'>): string | undefined {
  if (title === undefined) return undefined;
  const segments = title
    .split(SEPARATORS)
    .map((s) => s.trim().replace(WELCOME_TO, ''))
    .filter((s) => s !== '' && !GENERIC.test(s));
  if (segments.length === 0) return undefined;
  const label = page.domain?.split('.')[0]?.replace(/[^a-z0-9]/g, '');
  const matching = label
    ? segments.find((s) =>
        s
          .toLowerCase()
          .replace(/[^a-z0-9]/g, '')
          .includes(label),
      )
    : undefined;
  if (matching !== undefined) return matching;
  if (page.isHomepage) return segments[0];
  // An inner page's title without a separator is that page's own ("Johnsons Flea Tablets"),
  // not the site's name.
  return segments.length > 1 ? segments[segments.length - 1] : undefined;
}
