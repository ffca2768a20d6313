import type { Captured, CapturedCompany } from './captured';
import { selectAll, type CaptureDocument, type CaptureElement } from './capture-dom';
import { emailOf, phoneOf } from './contact-values';
import { isInFooter } from './footer-regions';
import type { PageContext } from './page-context';
import { socialProfileOf } from './social-profiles';
import { resolveHttpUrl } from './web-url';

// Links inside a person's card are that person's (a team page lists everyone's e-mail); an
// organisation's h-card is read by the microformats source, which outranks links anyway.
const PERSON_CARD = '.h-card, .vcard, [itemtype*="Person"], [typeof*="Person"]';
const GENERIC_MAILBOX =
  /^(?:post|postmottak|firmapost|info|kontakt|contact|hello|hei|hej|mail|office|kontor|sales|salg|support|kundeservice|service)@/i;

/**
 * E-mail, phone and social profiles from mailto:, tel: and profile links. A page links to many
 * addresses, so the site's own domain, shared mailboxes and the footer (where contact details
 * live) win.
 */
export function contactLinks(
  doc: CaptureDocument,
  page: PageContext,
): Pick<CapturedCompany, 'email' | 'phone' | 'socialProfiles'> {
  const outsideCards = (selector: string) => selectAll(doc, selector).filter((el) => !insidePersonCard(el));
  const emails = outsideCards('a[href^="mailto:" i]').flatMap((el) => ranked(el, emailOf(el.getAttribute('href')), page));
  const phones = outsideCards('a[href^="tel:" i]').flatMap((el) => ranked(el, phoneOf(el.getAttribute('href')), page));
  // Pages have hundreds of links: find the profiles first, then ask the (slower) card question.
  const profiles = selectAll(doc, 'a[href], link[rel~="me" i][href]').flatMap((el) => {
    const profile = profileOf(el.getAttribute('href'), page);
    return profile !== undefined && !insidePersonCard(el) ? [profile] : [];
  });
  return {
    email: best(emails),
    phone: best(phones),
    socialProfiles: [...new Set(profiles)].map((value) => ({ value, source: 'link' as const })),
  };
}

function profileOf(href: string | null, page: PageContext): string | undefined {
  const url = resolveHttpUrl(href, page.base);
  const profile = url === undefined ? undefined : socialProfileOf(url);
  // linkedin.com/in/ (and the older /pub/) is a person's profile; a company's is /company/.
  return profile !== undefined && !/linkedin\.com\/(?:in|pub)\//i.test(profile) ? profile : undefined;
}

type Ranked = { value: string; score: number };

function ranked(el: CaptureElement, value: string | undefined, page: PageContext): Ranked[] {
  if (value === undefined) return [];
  const lower = value.toLowerCase();
  const ownDomain = page.domain !== undefined && (lower.endsWith(`@${page.domain}`) || lower.endsWith(`.${page.domain}`));
  return [{ value, score: (ownDomain ? 4 : 0) + (GENERIC_MAILBOX.test(value) ? 2 : 0) + (isInFooter(el) ? 1 : 0) }];
}

function insidePersonCard(el: CaptureElement): boolean {
  try {
    return el.closest(PERSON_CARD) !== null;
  } catch {
    return false;
  }
}

function best(candidates: Ranked[]): Captured<string> | undefined {
  let top: Ranked | undefined;
  for (const c of candidates) if (top === undefined || c.score > top.score) top = c;
  return top === undefined ? undefined : { value: top.value, source: 'link' };
}
