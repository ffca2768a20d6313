/**
 * The WHATWG URL class exists in every runtime we target (browsers, Node ≥ 10) but is declared
 * only by the DOM and node typings, which `shared/` does not load. This names the part we use.
 */
type ParsedUrl = {
  readonly href: string;
  readonly origin: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  readonly hash: string;
};
type UrlConstructor = new (input: string, base?: string) => ParsedUrl;
const WhatwgUrl = (globalThis as unknown as { URL: UrlConstructor }).URL;

export function parseUrl(input: string, base?: string): ParsedUrl | null {
  try {
    return new WhatwgUrl(input.trim(), base);
  } catch {
    return null;
  }
}

/**
 * Resolves an href to an absolute http(s) URL. `javascript:`, `data:` and other schemes give
 * undefined: none of them is a website, logo or profile we would store.
 */
export function resolveHttpUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (href === null || href === undefined) return undefined;
  // "www.acme.no" without a scheme is a common slip in hand-written JSON-LD, not a relative path.
  const absolute = /^www\.[^/\s]+\.[a-z]{2,}/i.test(href.trim()) ? `https://${href.trim()}` : href;
  const parsed = parseUrl(absolute, base);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  return parsed.href;
}

/** The origin when the URL is a site's root, otherwise the URL without its fragment. */
export function websiteOf(href: string): string | undefined {
  const parsed = parseUrl(href);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return undefined;
  if (parsed.pathname === '/' && parsed.search === '') return parsed.origin;
  return parsed.href.replace(/#.*$/, '');
}

export function originOf(href: string): string | undefined {
  const parsed = parseUrl(href);
  return parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') ? parsed.origin : undefined;
}

// Public suffixes with a second level that companies register under. Not the full Public Suffix
// List: that is 200 kB, and these cover the markets Fjord sells to plus the common look-alikes.
const SECOND_LEVEL_SUFFIXES = new Set([
  'co.uk',
  'org.uk',
  'me.uk',
  'ltd.uk',
  'plc.uk',
  'net.uk',
  'ac.uk',
  'gov.uk',
  'nhs.uk',
  'sch.uk',
  'com.au',
  'net.au',
  'org.au',
  'co.nz',
  'co.za',
  'co.jp',
  'com.br',
  'com.cn',
  'com.tr',
  'co.in',
  'priv.no',
  'co.no',
  'com.se',
  'co.dk',
]);

/** "shop.www.acme.co.uk" → "acme.co.uk"; IP addresses and single-label hosts as they are. */
export function registrableDomain(hostname: string): string | undefined {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === '' || /^[\d.]+$/.test(host) || host.includes(':')) return host || undefined;
  const labels = host.split('.');
  if (labels.length < 2) return host;
  const lastTwo = labels.slice(-2).join('.');
  if (SECOND_LEVEL_SUFFIXES.has(lastTwo) && labels.length >= 3) return labels.slice(-3).join('.');
  return lastTwo;
}

export function domainOfUrl(href: string | undefined): string | undefined {
  if (href === undefined) return undefined;
  const parsed = parseUrl(href);
  return parsed ? registrableDomain(parsed.hostname) : undefined;
}

// Only the ccTLDs of the registers we support; .io, .co, .me and friends say nothing about where
// a company is.
const CCTLD_COUNTRIES: Record<string, string> = { no: 'NO', se: 'SE', dk: 'DK', nl: 'NL', uk: 'GB' };

export function countryOfDomain(domain: string | undefined): string | undefined {
  if (domain === undefined) return undefined;
  return CCTLD_COUNTRIES[domain.split('.').pop() ?? ''];
}
