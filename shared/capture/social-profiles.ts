import { parseUrl } from './web-url';

// Host (without "www."/"m.") → path patterns that are posts, shares or searches, not a profile.
const NETWORKS: Record<string, RegExp> = {
  'linkedin.com': /^\/(?:shareArticle|sharing|feed|posts|pulse|jobs\/view|search|login|signup)\b/i,
  'facebook.com':
    /^\/(?:sharer|share|dialog|plugins|tr|login|groups\/[^/]+\/posts|[^/]+\/posts|events|watch|photo|story\.php)\b/i,
  'fb.com': /^\/(?:sharer|share)\b/i,
  'twitter.com': /^\/(?:intent|share|home|search|hashtag|i\/|[^/]+\/status)\b/i,
  'x.com': /^\/(?:intent|share|home|search|hashtag|i\/|[^/]+\/status)\b/i,
  'instagram.com': /^\/(?:p|reel|explore|stories)\//i,
  'youtube.com': /^\/(?:watch|embed|results|shorts|playlist|redirect)\b/i,
  'github.com': /^\/(?:[^/]+\/[^/]+\/(?:issues|pull|blob|tree)|login|search|features)\b/i,
  'tiktok.com': /^\/(?:@[^/]+\/video|embed|share)\b/i,
  'pinterest.com': /^\/(?:pin\/|search)\b/i,
  'xing.com': /^\/(?:spi\/shares|social\/share)\b/i,
  'threads.net': /^\/(?:intent|t\/)\b/i,
  'bsky.app': /^\/(?:intent|profile\/[^/]+\/post)\b/i,
  'vimeo.com': /^\/(?:\d+|channels\/[^/]+\/\d+)$/i,
  'medium.com': /^\/(?:m\/|p\/)/i,
  'mastodon.social': /^\/(?:share|@[^/]+\/\d+)/i,
};

/**
 * The profile URL when `href` points at a company or person profile on a social network,
 * without query or fragment (those are tracking noise); undefined for share buttons, posts
 * and everything else.
 */
export function socialProfileOf(href: string): string | undefined {
  const url = parseUrl(href);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return undefined;
  const hostname = url.hostname.toLowerCase();
  // "www.", "m." and LinkedIn's "no." country hosts, but not the "fb." of fb.com.
  const stripped = hostname.replace(/^(?:www|m|mobile|[a-z]{2}(?:-[a-z]{2})?)\./, '');
  const host = stripped.includes('.') ? stripped : hostname;
  const excluded = NETWORKS[host];
  if (excluded === undefined) return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  if (path === '' || excluded.test(url.pathname)) return undefined;
  // Facebook's numeric profiles live in the query string.
  const keepQuery = host === 'facebook.com' && /^\/profile\.php$/i.test(path);
  return `https://${hostname}${path}${keepQuery ? url.search : ''}`;
}

/** Same profile whatever the scheme, "www." or letter case the page used. */
export function socialProfileKey(profile: string): string {
  return profile
    .toLowerCase()
    .replace(/^https?:\/\/(?:www\.|m\.)?/, '')
    .replace(/twitter\.com\//, 'x.com/');
}
