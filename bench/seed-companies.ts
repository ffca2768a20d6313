import type { Client } from '@libsql/client';
import { newId } from '../shared/ids';
import type { Company } from '../shared/entities/company';

/** Realistic company rows for a workspace, `perVersion` rows to a version like bulk imports. */
export function generateCompanies(count: number, workspaceId: string, userId: string, perVersion = 1000): Company[] {
  const now = Date.now();
  const cities = ['Oslo', 'Bergen', 'Stockholm', 'Göteborg', 'København', 'Aarhus', 'Rotterdam', 'Utrecht'];
  return Array.from({ length: count }, (_, i) => ({
    id: newId(),
    workspaceId,
    createdAt: now,
    updatedAt: now,
    createdBy: userId,
    updatedBy: userId,
    deletedAt: null,
    version: Math.floor(i / perVersion) + 1,
    name: `Bench Company ${i.toString().padStart(6, '0')} AS`,
    website: `https://bench${i}.example.no`,
    domain: `bench${i}.example.no`,
    orgNumber: String(900000000 + i),
    vatNumber: null,
    country: 'NO',
    email: `post@bench${i}.example.no`,
    phone: `+47 22 ${String(i).padStart(6, '0')}`,
    logoUrl: null,
    address: {
      street: `Gate ${i % 200}`,
      postalCode: String(1000 + (i % 8000)),
      city: cities[i % cities.length]!,
      country: 'NO',
    },
    socialProfiles: [],
  }));
}

const COLUMNS = [
  'id',
  'workspace_id',
  'created_at',
  'updated_at',
  'created_by',
  'updated_by',
  'deleted_at',
  'version',
  'name',
  'website',
  'domain',
  'org_number',
  'vat_number',
  'country',
  'email',
  'phone',
  'logo_url',
  'address',
  'social_profiles',
];

function values(c: Company): unknown[] {
  return [
    c.id,
    c.workspaceId,
    c.createdAt,
    c.updatedAt,
    c.createdBy,
    c.updatedBy,
    c.deletedAt,
    c.version,
    c.name,
    c.website,
    c.domain,
    c.orgNumber,
    c.vatNumber,
    c.country,
    c.email,
    c.phone,
    c.logoUrl,
    JSON.stringify(c.address),
    JSON.stringify(c.socialProfiles),
  ];
}

/** Plain multi-row INSERT through the libSQL client: the floor any write path is compared with. */
export async function rawInsert(client: Client, table: string, rows: Company[], perStatement = 1000) {
  const statements = [];
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    const placeholders = chunk.map(() => `(${COLUMNS.map(() => '?').join(',')})`).join(',');
    statements.push({
      sql: `insert into ${table} (${COLUMNS.join(',')}) values ${placeholders}`,
      args: chunk.flatMap(values) as never[],
    });
  }
  await client.batch(statements, 'write');
}
