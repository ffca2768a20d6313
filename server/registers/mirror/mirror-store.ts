import type { Client, InStatement } from '@libsql/client';
import type { RegisterCompany, RegisterCountry } from '../../../shared/registers/register-company';
import { registerNameKey } from './name-key';

const COLUMNS = [
  'country',
  'org_number',
  'name',
  'name_key',
  'org_form',
  'city',
  'status',
  'parent_org_number',
  'data',
  'updated_at',
];
// libSQL allows 32,766 bound parameters per statement.
const ROWS_PER_STATEMENT = Math.floor(30_000 / COLUMNS.length);

/** The fields each indexed column is read from: a column stays when its unit keeps them. */
const COLUMN_SOURCES: Record<string, (keyof RegisterCompany)[]> = {
  name: ['name'],
  name_key: ['name'],
  org_form: ['orgForm'],
  city: ['businessAddress', 'postalAddress'],
  status: ['status'],
  parent_org_number: ['parentOrgNumber'],
};

/**
 * Upserts units into the mirror, many rows per statement; a unit that changed name is re-indexed
 * by the FTS triggers. A unit already in the mirror keeps the fields in `keeps` (see BulkMapper).
 * `now` is the import's start: a number met twice in one file (a sole trader's registrations
 * share the personnummer) keeps a live registration over a deregistered one; a later import
 * always wins. Returns the statements so an import can run them in its own transaction.
 */
export function upsertStatements(
  units: RegisterCompany[],
  now: number,
  keeps: readonly (keyof RegisterCompany)[] = [],
): InStatement[] {
  const statements: InStatement[] = [];
  const tuple = `(${COLUMNS.map(() => '?').join(',')})`;
  const kept = new Set(keeps);
  const data = keeps.length
    ? `json_set(excluded.data, ${keeps.map((k) => `'$.${k}', register_units.data -> '$.${k}'`).join(', ')})`
    : 'excluded.data';
  const updates = COLUMNS.filter((c) => c !== 'country' && c !== 'org_number')
    .map((c) => {
      if (c === 'data') return `data = ${data}`;
      const sources = COLUMN_SOURCES[c];
      return sources?.every((f) => kept.has(f)) ? null : `${c} = excluded.${c}`;
    })
    .filter(Boolean)
    .join(', ');
  for (let i = 0; i < units.length; i += ROWS_PER_STATEMENT) {
    const chunk = units.slice(i, i + ROWS_PER_STATEMENT);
    const args: (string | number | null)[] = [];
    for (const u of chunk) {
      args.push(
        u.country,
        u.orgNumber,
        u.name,
        registerNameKey(u.name),
        u.orgForm?.code ?? null,
        u.businessAddress?.city ?? u.postalAddress?.city ?? null,
        u.status,
        u.parentOrgNumber,
        JSON.stringify(u),
        now,
      );
    }
    statements.push({
      sql: `insert into register_units (${COLUMNS.join(',')}) values ${chunk.map(() => tuple).join(',')}
            on conflict (country, org_number) do update set ${updates}
            where register_units.updated_at < excluded.updated_at or excluded.status <> 'deleted'`,
      args,
    });
  }
  return statements;
}

/** One unit from the mirror, or null. */
export async function mirrorUnit(client: Client, country: RegisterCountry, orgNumber: string): Promise<RegisterCompany | null> {
  const { rows } = await client.execute({
    sql: 'select data from register_units where country = ? and org_number = ?',
    args: [country, orgNumber],
  });
  return rows[0] ? (JSON.parse(rows[0].data as string) as RegisterCompany) : null;
}

/** The live sub-units of a unit, by name. */
export async function mirrorDepartments(client: Client, country: RegisterCountry, orgNumber: string): Promise<RegisterCompany[]> {
  const { rows } = await client.execute({
    sql: `select data from register_units where country = ? and parent_org_number = ? and status = 'active'
          order by name_key limit 1000`,
    args: [country, orgNumber],
  });
  return rows.map((r) => JSON.parse(r.data as string) as RegisterCompany);
}

/** The countries whose register has been imported into the mirror (`registers:import`). */
export async function mirroredCountries(client: Client): Promise<Set<RegisterCountry>> {
  const { rows } = await client.execute('select country from register_feeds');
  return new Set(rows.map((r) => r.country as RegisterCountry));
}

export type MirrorFeed = { importedAt: number | null; checkedAt: number | null; lastError: string | null };

/** Per mirrored country: when its file was imported, when the updates job last followed it, its last failure. */
export async function mirrorFeeds(client: Client): Promise<Map<RegisterCountry, MirrorFeed>> {
  const { rows } = await client.execute('select country, last_run_at, checked_at, last_error from register_feeds');
  const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  return new Map(
    rows.map((r) => [
      r.country as RegisterCountry,
      { importedAt: num(r.last_run_at), checkedAt: num(r.checked_at), lastError: (r.last_error as string | null) ?? null },
    ]),
  );
}
