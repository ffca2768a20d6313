import { and, eq, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { SIMILAR_NAME, nameKey, nameSimilarity } from '../../shared/duplicates/name-similarity';
import { compactOrgNumber } from '../../shared/org-number/compact-org-number';
import { domainOf } from '../../shared/web/domain';
import type { DbOrTx } from '../db/client';
import { companies } from '../db/schema';
import { ftsMatch, ftsPhrase } from './text-search';

export type CompanyProbe = { name?: string; orgNumber?: string; website?: string; email?: string; excludeId?: string };
export type DuplicateReason = 'orgNumber' | 'domain' | 'email' | 'name';

/**
 * Live companies that look like the one about to be created: same org number, domain or e-mail,
 * or a very similar name. Strongest first, so the UI can offer "open the existing one".
 */
export async function findCompanyDuplicates(db: DbOrTx, workspaceId: string, probe: CompanyProbe) {
  const org = compactOrgNumber(probe.orgNumber);
  const domain = domainOf(probe.website);
  const email = probe.email?.trim().toLowerCase();
  const words = nameKey(probe.name ?? '')
    .split(' ')
    .filter((w) => w.length >= 4);
  const match: (SQL | undefined)[] = [
    org ? eq(companies.orgNumber, org) : undefined,
    domain ? eq(companies.domain, domain) : undefined,
    email ? sql`lower(${companies.email}) = ${email}` : undefined,
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
  return candidates
    .map((c) => {
      const reasons: DuplicateReason[] = [];
      if (org && c.orgNumber === org) reasons.push('orgNumber');
      if (domain && c.domain === domain) reasons.push('domain');
      if (email && c.email?.toLowerCase() === email) reasons.push('email');
      const similarity = probe.name ? nameSimilarity(probe.name, c.name) : 0;
      if (similarity >= SIMILAR_NAME) reasons.push('name');
      return { company: c, reasons, score: reasons.filter((r) => r !== 'name').length + similarity };
    })
    .filter((d) => d.reasons.length > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}
