import type { CapturedCompany } from './captured';
import { nameKey } from './clean-text';
import { mergeCompany, sameOrganisation } from './company-merge';
import type { OrgCandidate, OrgRole } from './org-candidate';
import { domainOfUrl } from './web-url';

export type PageIdentity = { domain: string | undefined; nameKeys: ReadonlySet<string> };

type Cluster = { company: CapturedCompany; role: OrgRole; order: number };

const ROLE_RANK: Record<OrgRole, number> = { top: 2, publisher: 2, nested: 0 };
const MAX_COMPANIES = 25;

/**
 * Merges structured-data organisations that are the same one, puts the page's own organisation
 * first and folds the page-level signals (OpenGraph, meta, links, footer, URL) into it.
 * `candidates` must be in trust order (JSON-LD first).
 */
export function assembleCompanies(candidates: OrgCandidate[], page: CapturedCompany, identity: PageIdentity): CapturedCompany[] {
  const clusters: Cluster[] = [];
  for (const candidate of candidates) {
    const cluster = clusters.find((c) => sameOrganisation(c.company, candidate.company));
    if (!cluster) clusters.push({ ...candidate, order: clusters.length });
    else {
      cluster.company = mergeCompany(cluster.company, candidate.company);
      if (ROLE_RANK[candidate.role] > ROLE_RANK[cluster.role]) cluster.role = candidate.role;
    }
  }
  const named = clusters.filter((c) => c.company.name !== undefined || c.company.website !== undefined);
  const ranked = named.sort((a, b) => score(b, identity) - score(a, identity) || a.order - b.order);
  return placePage(
    ranked.map((c) => c.company),
    ranked[0],
    page,
    identity,
  ).slice(0, MAX_COMPANIES);
}

function matchesPage(company: CapturedCompany, identity: PageIdentity): { domain: boolean; name: boolean } {
  const domain = identity.domain !== undefined && domainOfUrl(company.website?.value) === identity.domain;
  const key = nameKey(company.name?.value);
  return { domain, name: key !== undefined && identity.nameKeys.has(key) };
}

function score(cluster: Cluster, identity: PageIdentity): number {
  const match = matchesPage(cluster.company, identity);
  return (match.domain ? 4 : 0) + (match.name ? 3 : 0) + ROLE_RANK[cluster.role];
}

// The page-level signals describe whoever runs the site. They join the best structured
// organisation when it is that site (same domain or name) or is the page's top-level item with no
// website of its own; otherwise the site stays a company of its own: first when the structured
// ones are only mentioned in passing (a product's brand), last when the page is about them.
function placePage(
  companies: CapturedCompany[],
  top: Cluster | undefined,
  page: CapturedCompany,
  identity: PageIdentity,
): CapturedCompany[] {
  const main = companies[0];
  if (top === undefined || main === undefined) return [page];
  const match = matchesPage(main, identity);
  const pageNameMatches = nameKey(page.name?.value) !== undefined && nameKey(page.name?.value) === nameKey(main.name?.value);
  const prominent = top.role !== 'nested';
  if (match.domain || match.name || pageNameMatches || (prominent && main.website === undefined)) {
    return [mergeCompany(main, page), ...companies.slice(1)];
  }
  return prominent ? [...companies, page] : [page, ...companies];
}
