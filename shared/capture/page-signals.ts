import { makeAddress } from './address';
import { capture } from './capture-value';
import type { CapturedCompany } from './captured';
import { selectAll, type CaptureDocument } from './capture-dom';
import { emailOf, phoneOf } from './contact-values';
import type { MetaReader } from './meta-reader';
import type { PageContext } from './page-context';
import { pageName } from './page-name';
import { socialProfileOf } from './social-profiles';
import { originOf, resolveHttpUrl } from './web-url';

/** What the page says about its own site in meta tags, OpenGraph and <link> elements. */
export function pageSignals(doc: CaptureDocument, meta: MetaReader, page: PageContext): CapturedCompany {
  const og = (name: string) => meta(`og:${name}`) ?? meta(`business:contact_data:${name}`);
  const ogUrl = resolveHttpUrl(meta('og:url'), page.base);
  const canonical = resolveHttpUrl(selectAll(doc, 'link[rel~="canonical" i][href]')[0]?.getAttribute('href'), page.base);
  const ogType = meta('og:type')?.toLowerCase();
  // Only the front page's og:image and description are about the company; elsewhere they are
  // about the article or product on the page.
  const aboutSite = page.isHomepage && !/^(article|product|video|music|book|profile)/.test(ogType ?? '');
  // OpenGraph contact fields describe the page's object: the business on a business page, but
  // the venue on an event page or the seller on a listing.
  const ownContact = ogType === undefined || /^(website|business|company|organi[sz]ation)/.test(ogType);
  const description = meta('og:description') ?? meta('description');
  const publisher = meta('article:publisher');
  const twitter = meta('twitter:site')?.replace(/^@/, '');
  return {
    name: pageName(doc, meta, page),
    website: capture(ogUrl && originOf(ogUrl), 'opengraph') ?? capture(canonical && originOf(canonical), 'link'),
    logo:
      capture(iconOf(doc, page), 'link') ??
      (aboutSite ? capture(resolveHttpUrl(meta('og:image'), page.base), 'opengraph') : undefined),
    email: ownContact ? capture(emailOf(og('email')), 'opengraph') : undefined,
    phone: ownContact ? capture(phoneOf(og('phone_number')), 'opengraph') : undefined,
    address: ownContact ? capture(ogAddress(og), 'opengraph') : undefined,
    socialProfiles: [
      capture(publisher === undefined ? undefined : socialProfileOf(publisher), 'opengraph'),
      capture(twitter !== undefined && /^\w{1,15}$/.test(twitter) ? `https://x.com/${twitter}` : undefined, 'meta'),
    ].filter((p) => p !== undefined),
    description: aboutSite ? capture(description, meta('og:description') ? 'opengraph' : 'meta') : undefined,
  };
}

function ogAddress(og: (name: string) => string | undefined) {
  return makeAddress({
    street: og('street_address') ?? og('street-address'),
    postalCode: og('postal_code') ?? og('postal-code'),
    city: og('locality'),
    region: og('region'),
    country: og('country_name') ?? og('country-name'),
  });
}

// apple-touch-icon is the largest square brand mark most sites ship; then the biggest icon.
function iconOf(doc: CaptureDocument, page: PageContext): string | undefined {
  const touch = selectAll(doc, 'link[rel~="apple-touch-icon" i][href], link[rel~="apple-touch-icon-precomposed" i][href]');
  const icons = selectAll(doc, 'link[rel~="icon" i][href]');
  const size = (sizes: string | null) => Math.max(0, ...(sizes ?? '').split(/\s+/).map((s) => Number(s.split(/x/i)[0]) || 0));
  const best = [...icons].sort((a, b) => size(b.getAttribute('sizes')) - size(a.getAttribute('sizes')))[0];
  return [touch[0], best].map((el) => resolveHttpUrl(el?.getAttribute('href'), page.base)).find((u) => u !== undefined);
}
