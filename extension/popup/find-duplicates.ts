import type { Company } from '../../shared/entities/company';
import { SIMILAR_NAME, nameKey, nameSimilarity } from '../../shared/duplicates/name-similarity';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import { domainOf } from '../../shared/web/domain';
import type { FjordDb } from '../db/fjord-db';

export type DuplicateProbe = { name: string; website: string; orgNumber: string; email: string };

/** Names starting like this one are few enough to compare one by one, through the cache's name index. */
const NAME_CANDIDATES = 200;

/**
 * Live companies in the cache that look like the draft, by the server's rules: the same domain
 * (also the e-mail's), the same org number, or a very similar name. Strongest first.
 */
export async function findDuplicates(db: FjordDb, probe: DuplicateProbe): Promise<Company[]> {
  const domains = [
    ...new Set([domainOf(probe.website), probe.email.split('@')[1]?.trim().toLowerCase()].filter(Boolean)),
  ] as string[];
  const org = compactOrgNumber(probe.orgNumber);
  const byDomain = domains.length > 0 ? await db.companies.where('domain').anyOf(domains).toArray() : [];
  const byOrg = org ? await db.companies.where('orgNumber').equals(org).toArray() : [];
  const first = nameKey(probe.name).split(' ')[0] ?? '';
  const byName =
    first.length >= 3
      ? (
          await db.companies
            .where('name')
            .startsWithIgnoreCase(probe.name.trim().slice(0, first.length))
            .limit(NAME_CANDIDATES)
            .toArray()
        ).filter((c) => nameSimilarity(probe.name, c.name) >= SIMILAR_NAME)
      : [];
  const unique = new Map([...byOrg, ...byDomain, ...byName].map((c) => [c.id, c]));
  return [...unique.values()].filter((c) => c.deletedAt === null);
}
