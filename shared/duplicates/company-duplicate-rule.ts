import { isFreeMailDomain } from '../mail/signature-contact';
import { compactOrgNumber } from '../org-number/compact-org-number';
import { domainOf } from '../web/domain';
import { SIMILAR_NAME, nameSimilarity } from './name-similarity';

/** What is known of a company about to be made: typed in a form, captured from a page, read from an e-mail. */
export type CompanyProbe = {
  name?: string | null;
  orgNumber?: string | null;
  website?: string | null;
  email?: string | null;
};
/** A stored company as far as the rule reads it; `deletedAt` where the store has it. */
export type CompanyCandidate = {
  id: string;
  name: string;
  orgNumber: string | null;
  domain: string | null;
  email: string | null;
  deletedAt?: number | null;
};
export type CompanyDuplicateReason = 'orgNumber' | 'domain' | 'email' | 'name';
export type CompanyDuplicate<C extends CompanyCandidate> = { company: C; reasons: CompanyDuplicateReason[]; score: number };
/** What a store looks candidates up by, each through its own index; `rankCompanyDuplicates` then decides. */
export type CompanyDuplicateKeys = { orgNumber: string | null; domains: string[]; email: string | null };

// Weights so that one stronger signal outranks any number of weaker ones: an org number is the
// register's identity, a domain is almost one, a shared e-mail can be an accountant's or a group's,
// and a name is only similar (its similarity, below 1, is its weight).
const ORG_NUMBER = 8;
const SAME_DOMAIN = 4;
const PARENT_DOMAIN = 3;
const EMAIL = 2;

/**
 * The company an e-mail address points at by its domain (`kari@mail.fjord.no` → `mail.fjord.no`),
 * or null for a free-mail provider's address: gmail.com says nothing about the company.
 */
export function companyDomainOfEmail(email: string | null | undefined): string | null {
  const at = email?.lastIndexOf('@') ?? -1;
  const domain = at >= 0 ? domainOf(email!.slice(at + 1)) : null;
  return domain && !isFreeMailDomain(domain) ? domain : null;
}

/**
 * Org number compacted; the website's and the e-mail's domains, each followed by its parent domains
 * (a host belongs to the company of the domain it sits under: `mail.fjord.no` → `fjord.no`), most
 * specific first; the e-mail lower-cased.
 */
export function companyDuplicateKeys(probe: CompanyProbe): CompanyDuplicateKeys {
  const domains = probeHosts(probe).flatMap((host) => {
    const labels = host.split('.');
    return labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
  });
  return {
    orgNumber: compactOrgNumber(probe.orgNumber) || null,
    domains: [...new Set(domains)],
    email: probe.email?.trim().toLowerCase() || null,
  };
}

function probeHosts(probe: CompanyProbe): string[] {
  return [domainOf(probe.website), companyDomainOfEmail(probe.email)].filter((d): d is string => d !== null);
}

/**
 * The one duplicate-company rule, used by the server, the popup and the webmail sidebar over the
 * candidates each fetched cheaply by `companyDuplicateKeys` and the name. A live candidate is a
 * duplicate when it has the same org number (compacted), the same domain or a parent of one, the
 * same e-mail, or a very similar name. Strongest first: org number, then domain, then e-mail, then
 * name; ties by name, so every caller shows the same order.
 */
export function rankCompanyDuplicates<C extends CompanyCandidate>(
  probe: CompanyProbe,
  candidates: readonly C[],
): CompanyDuplicate<C>[] {
  const keys = companyDuplicateKeys(probe);
  const hosts = probeHosts(probe);
  const name = probe.name?.trim() ?? '';
  const matches: CompanyDuplicate<C>[] = [];
  const seen = new Set<string>();
  for (const company of candidates) {
    if (seen.has(company.id) || (company.deletedAt ?? null) !== null) continue;
    seen.add(company.id);
    const reasons: CompanyDuplicateReason[] = [];
    let score = 0;
    if (keys.orgNumber && compactOrgNumber(company.orgNumber) === keys.orgNumber) {
      reasons.push('orgNumber');
      score += ORG_NUMBER;
    }
    if (company.domain && keys.domains.includes(company.domain)) {
      reasons.push('domain');
      score += hosts.includes(company.domain) ? SAME_DOMAIN : PARENT_DOMAIN;
    }
    if (keys.email && company.email?.trim().toLowerCase() === keys.email) {
      reasons.push('email');
      score += EMAIL;
    }
    const similarity = name ? nameSimilarity(name, company.name) : 0;
    if (similarity >= SIMILAR_NAME) {
      reasons.push('name');
      score += similarity;
    }
    if (reasons.length > 0) matches.push({ company, reasons, score });
  }
  return matches.sort((a, b) => b.score - a.score || a.company.name.localeCompare(b.company.name));
}
