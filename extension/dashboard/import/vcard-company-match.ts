import { recordListApis } from '../../../shared/api/record-list-apis';
import type { ParsedVCardContact } from '../../../shared/contacts/vcard-contact';
import { companyDomainOfEmail } from '../../../shared/duplicates/company-duplicate-rule';
import { domainOf } from '../../../shared/web/domain';
import type { ApiClient } from '../../api/api-client';

/** The company Fjord has for a card's ORG, which the import links the new contact to. */
export type CompanyMatch = { id: string; name: string };
export type CompanyMatcher = (parsed: ParsedVCardContact) => CompanyMatch | null;

/** Searches asked at most, a few at a time: a phone's export of thousands of cards names far fewer companies. */
const MAX_SEARCHES = 150;
const AT_ONCE = 4;

const nameKey = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

/** The card's company domains: its work e-mails' and its web addresses' (free-mail providers say nothing). */
function domainsOf(card: ParsedVCardContact): string[] {
  const fromEmails = card.emails.map((e) => companyDomainOfEmail(e.address));
  const fromUrls = card.urls.map((url) => domainOf(url));
  return [...new Set([...fromEmails, ...fromUrls].filter((d): d is string => !!d))];
}

/**
 * Finds the companies the cards' ORG lines name, by the company's name (any case and spacing) or,
 * failing that, by the domain of the card's e-mail or web address, through the company list's own
 * search. A card without an ORG is never linked.
 */
export async function companyMatcher(api: ApiClient, cards: ParsedVCardContact[]): Promise<CompanyMatcher> {
  const withOrg = cards.filter((c) => c.organization?.trim());
  const names = [...new Set(withOrg.map((c) => nameKey(c.organization!)))];
  const domains = [...new Set(withOrg.flatMap(domainsOf))];
  const byName = new Map<string, CompanyMatch>();
  const byDomain = new Map<string, CompanyMatch>();
  const searches = [...names, ...domains].slice(0, MAX_SEARCHES);
  for (let i = 0; i < searches.length; i += AT_ONCE) {
    const pages = await Promise.all(
      searches.slice(i, i + AT_ONCE).map((q) => api.call(recordListApis.company.list, { query: { q, limit: 20 } })),
    );
    for (const company of pages.flatMap((p) => p.items)) {
      const match = { id: company.id, name: company.name };
      if (names.includes(nameKey(company.name)) && !byName.has(nameKey(company.name))) byName.set(nameKey(company.name), match);
      if (company.domain && !byDomain.has(company.domain)) byDomain.set(company.domain, match);
    }
  }
  return (card) => {
    if (!card.organization?.trim()) return null;
    return (
      byName.get(nameKey(card.organization)) ??
      domainsOf(card)
        .map((d) => byDomain.get(d))
        .find(Boolean) ??
      null
    );
  };
}
