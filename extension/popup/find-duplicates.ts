import { companyDuplicateKeys, rankCompanyDuplicates } from '../../shared/duplicates/company-duplicate-rule';
import type { Company } from '../../shared/entities/company';
import { nameKey } from '../../shared/duplicates/name-similarity';
import type { FjordDb } from '../db/fjord-db';

export type DuplicateProbe = { name: string; website: string; orgNumber: string; email: string };

/** Names starting like this one are few enough to compare one by one, through the cache's name index. */
const NAME_CANDIDATES = 200;

/**
 * Live companies in the cache that look like the draft, strongest first, by the rule the server
 * uses (`rankCompanyDuplicates`). The cache has no index on a company's e-mail, so a company found
 * only by it (not by org number, domain or name) is the server's to find.
 */
export async function findDuplicates(db: FjordDb, probe: DuplicateProbe): Promise<Company[]> {
  const keys = companyDuplicateKeys(probe);
  const byDomain = keys.domains.length > 0 ? await db.companies.where('domain').anyOf(keys.domains).toArray() : [];
  const byOrg = keys.orgNumber ? await db.companies.where('orgNumber').equals(keys.orgNumber).toArray() : [];
  const first = nameKey(probe.name).split(' ')[0] ?? '';
  const byName =
    first.length >= 3
      ? await db.companies
          .where('name')
          .startsWithIgnoreCase(probe.name.trim().slice(0, first.length))
          .limit(NAME_CANDIDATES)
          .toArray()
      : [];
  return rankCompanyDuplicates(probe, [...byOrg, ...byDomain, ...byName]).map((m) => m.company);
}
