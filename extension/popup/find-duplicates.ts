import type { Company } from '../../shared/entities/company';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import { domainOf } from '../../shared/web/domain';
import type { FjordDb } from '../db/fjord-db';

/** Live companies in the cache with the same domain or org number as the draft. */
export async function findDuplicates(db: FjordDb, website: string, orgNumber: string): Promise<Company[]> {
  const domain = domainOf(website);
  const org = compactOrgNumber(orgNumber);
  const byDomain = domain ? await db.companies.where('domain').equals(domain).toArray() : [];
  const byOrg = org ? await db.companies.where('orgNumber').equals(org).toArray() : [];
  const unique = new Map([...byDomain, ...byOrg].map((c) => [c.id, c]));
  return [...unique.values()].filter((c) => c.deletedAt === null);
}
