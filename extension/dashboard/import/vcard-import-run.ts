import { contactsApi } from '../../../shared/api/contacts.api';
import type { Contact } from '../../../shared/entities/contact';
import { ApiError, type ApiClient } from '../../api/api-client';
import { importable, type ImportRow } from './vcard-import-rows';

export type ImportResult = { card: number; name: string } & (
  { status: 'created'; contact: Contact } | { status: 'failed'; message: string }
);

/**
 * Creates the importable rows one by one, in file order, through `POST /api/contacts` (the same
 * validation and history as any create), reporting after each. A row the server refuses is
 * reported with its message and the rest go on; losing the server or the session stops the run,
 * since every following row would fail the same way.
 */
export async function runImport(
  api: ApiClient,
  rows: ImportRow[],
  onResult: (result: ImportResult, done: number) => void,
): Promise<{ results: ImportResult[]; stopped: string | null }> {
  const results: ImportResult[] = [];
  const importing = api.withChannel('import');
  for (const row of rows) {
    if (!importable(row)) continue;
    let result: ImportResult;
    try {
      const { contact } = await importing.call(contactsApi.create, { json: row.body });
      if (row.company) {
        const { id: companyId, position } = row.company;
        await importing.call(contactsApi.linkCompany, {
          params: { id: contact.id },
          json: { companyId, position, isPrimary: true },
        });
      }
      result = { card: row.card, name: row.name, status: 'created', contact };
    } catch (err) {
      if (err instanceof ApiError && (err.offline || err.status === 401)) return { results, stopped: err.message };
      result = { card: row.card, name: row.name, status: 'failed', message: (err as Error).message };
    }
    results.push(result);
    onResult(result, results.length);
  }
  return { results, stopped: null };
}
