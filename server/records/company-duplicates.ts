import { and, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { companyDuplicateKeys, rankCompanyDuplicates, type CompanyProbe } from '../../shared/duplicates/company-duplicate-rule';
import { nameKey } from '../../shared/duplicates/name-similarity';
import type { DbOrTx } from '../db/client';
import { companies } from '../db/schema';
import { ftsMatch, ftsPhrase } from './text-search';

/**
 * Live companies that look like the one about to be created, strongest first, by the shared rule
 * (`rankCompanyDuplicates`). SQL only fetches the candidates, each signal through an index, so a
 * workspace of 100k companies is never loaded; the rule decides which of them are duplicates.
 */
export async function findCompanyDuplicates(db: DbOrTx, workspaceId: string, probe: CompanyProbe & { excludeId?: string }) {
  const keys = companyDuplicateKeys(probe);
  const words = nameKey(probe.name ?? '')
    .split(' ')
    .filter((w) => w.length >= 4);
  const match: (SQL | undefined)[] = [
    keys.orgNumber ? eq(companies.orgNumber, keys.orgNumber) : undefined,
    keys.domains.length > 0 ? inArray(companies.domain, keys.domains) : undefined,
    keys.email ? sql`lower(${companies.email}) = ${keys.email}` : undefined,
    // Through the trigram index: a create (REST, dashboard) asks this every time, so no table scan.
    ...words.map((w) => ftsMatch('companies', ftsPhrase(w)!)),
  ];
  if (match.every((m) => m === undefined)) return [];
  const scope = [eq(companies.workspaceId, workspaceId), isNull(companies.deletedAt), or(...match)];
  if (probe.excludeId) scope.push(ne(companies.id, probe.excludeId));
  const candidates = await db
    .select({
      id: companies.id,
      name: companies.name,
      orgNumber: companies.orgNumber,
      domain: companies.domain,
      email: companies.email,
    })
    .from(companies)
    .where(and(...scope))
    .limit(500);
  return rankCompanyDuplicates(probe, candidates).slice(0, 10);
}
