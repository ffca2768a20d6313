import type { Client } from '@libsql/client';
import { compactOrgNumber } from '../../../shared/org-number/compact-org-number';
import type { RegisterCountry, RegisterHit, RegisterStatus } from '../../../shared/registers/register-company';
import { prefixEnd, registerNameKey } from './name-key';

type MirrorHit = Omit<RegisterHit, 'companyId'>;

const HIT_COLUMNS = 'country, org_number, name, org_form, city, status';
// The typeahead's partial index (migration 0010) covers live legal units only: the condition
// must be written the same way for SQLite to use it.
const LIVE_UNITS = `parent_org_number is null and status <> 'deleted'`;

/**
 * Typeahead over the mirror: names starting with the query first (one index range per country,
 * merged by name), then names with a word starting with each query word (FTS5 prefix index,
 * in index order, stopping at the limit). A number finds its unit directly.
 */
export async function searchMirror(
  client: Client,
  query: string,
  countries: RegisterCountry[],
  limit: number,
): Promise<MirrorHit[]> {
  if (countries.length === 0) return [];
  const number = compactOrgNumber(query);
  if (/^[0-9A-Z]{6,12}$/.test(number) && /\d{4}/.test(number)) {
    const { rows } = await client.execute({
      sql: `select ${HIT_COLUMNS} from register_units where org_number = ? and country in (${countries.map(() => '?').join(',')})`,
      args: [number, ...countries],
    });
    if (rows.length > 0) return rows.map(toHit);
  }
  const key = registerNameKey(query);
  if (key.length < 2) return [];

  const prefixRows = await Promise.all(
    countries.map((country) =>
      client.execute({
        sql: `select ${HIT_COLUMNS}, name_key from register_units
              where country = ? and name_key >= ? and name_key < ? and ${LIVE_UNITS}
              order by name_key limit ?`,
        args: [country, key, prefixEnd(key), limit],
      }),
    ),
  );
  const hits = prefixRows
    .flatMap((r) => r.rows)
    .sort((a, b) => String(a.name_key).localeCompare(String(b.name_key)))
    .slice(0, limit)
    .map(toHit);
  if (hits.length >= limit) return hits;

  const seen = new Set(hits.map((h) => `${h.country}:${h.orgNumber}`));
  const match = key
    .split(' ')
    .map((word) => `"${word}"*`)
    .join(' ');
  const { rows } = await client.execute({
    sql: `select ${HIT_COLUMNS} from register_units
          where id in (select rowid from register_units_fts where register_units_fts match ? limit ?)
            and country in (${countries.map(() => '?').join(',')}) and ${LIVE_UNITS}`,
    // Some matches are sub-units, deleted or in other countries: read a few more than needed.
    args: [match, limit * 8, ...countries],
  });
  for (const row of rows) {
    const hit = toHit(row);
    if (hits.length >= limit) break;
    if (seen.has(`${hit.country}:${hit.orgNumber}`)) continue;
    seen.add(`${hit.country}:${hit.orgNumber}`);
    hits.push(hit);
  }
  return hits;
}

function toHit(row: Record<string, unknown>): MirrorHit {
  return {
    country: row.country as RegisterCountry,
    orgNumber: row.org_number as string,
    name: row.name as string,
    orgForm: (row.org_form as string | null) ?? null,
    city: (row.city as string | null) ?? null,
    status: row.status as RegisterStatus,
  };
}
