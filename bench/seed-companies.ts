import type { Client } from '@libsql/client';
import { companies } from '../server/db/schema';
import { rawInsert } from '../server/db/raw-upsert';
import { newCompanyDefaults } from '../shared/mutations/company.mutations';
import { newId } from '../shared/ids';
import type { Company } from '../shared/entities/company';

/** Realistic company rows for a workspace, `perVersion` rows to a version like bulk imports. */
export function generateCompanies(count: number, workspaceId: string, userId: string, perVersion = 1000): Company[] {
  const now = Date.now();
  const cities = ['Oslo', 'Bergen', 'Stockholm', 'Göteborg', 'København', 'Aarhus', 'Rotterdam', 'Utrecht'];
  return Array.from({ length: count }, (_, i) => ({
    ...newCompanyDefaults(),
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
    orgNumber: norwegianOrgNumber(i),
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
    customerNumber: null,
  }));
}

/** Plain multi-row INSERT, as the server's batch flush writes: the floor any write path is compared with. */
export async function insertCompanies(client: Client, rows: Company[]) {
  await rawInsert(client, companies, rows);
}

/** The i-th valid Norwegian org number from 8xx xxx xxx (MOD11 check digit; bases that give 10 are skipped). */
function norwegianOrgNumber(i: number): string {
  const weights = [3, 2, 7, 6, 5, 4, 3, 2];
  for (let base = 80_000_000 + i * 2; ; base++) {
    const digits = String(base).split('').map(Number);
    const rest = digits.reduce((sum, d, k) => sum + d * weights[k]!, 0) % 11;
    const check = rest === 0 ? 0 : 11 - rest;
    if (check !== 10) return `${base}${check}`;
  }
}
