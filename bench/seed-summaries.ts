import type { Client } from '@libsql/client';
import { rawInsert } from '../server/db/raw-upsert';
import { agreements, invoices } from '../server/db/schema';
import { newId } from '../shared/ids';

/**
 * Agreements and invoices on the generated companies, so the list's counters read real rows: every
 * third company has two agreements, every other one has invoices across this year and last.
 */
export async function insertSummaries(client: Client, companyIds: string[], workspaceId: string, userId: string) {
  const now = Date.now();
  const year = new Date().getUTCFullYear();
  const base = { workspaceId, createdAt: now, updatedAt: now, createdBy: userId, updatedBy: userId, deletedAt: null, version: 1 };
  const agreementRows = companyIds
    .filter((_, i) => i % 3 === 0)
    .flatMap((companyId, i) =>
      ['draft', 'signed'].map((status, k) => ({
        ...base,
        id: newId(),
        companyId,
        number: `A-${i}-${k}`,
        title: null,
        date: `${year}-0${1 + (i % 9)}-15`,
        amountMinor: 10_000_00 + i,
        currency: 'NOK',
        status,
      })),
    );
  const invoiceRows = companyIds
    .filter((_, i) => i % 2 === 0)
    .flatMap((companyId, i) =>
      [year, year, year - 1].map((y, k) => ({
        ...base,
        id: newId(),
        companyId,
        number: `${i}-${k}`,
        date: `${y}-0${1 + (k % 9)}-10`,
        dueDate: null,
        amountMinor: 2_500_00 + k,
        currency: 'NOK',
        status: k === 1 ? 'sent' : 'paid',
      })),
    );
  await rawInsert(client, agreements, agreementRows);
  await rawInsert(client, invoices, invoiceRows);
  return { agreements: agreementRows.length, invoices: invoiceRows.length };
}
