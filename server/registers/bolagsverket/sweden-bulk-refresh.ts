import type { Client } from '@libsql/client';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadBulkFile, type BulkValidators } from '../mirror/bulk-download';
import { importRegisterFile } from '../mirror/import-units';
import { FeedPartFailure } from '../mirror/feed-part-failure';

export type SwedishBulkUrls = { bolagsverket: string; scb: string };
export type SwedishRefreshResult = { imported: string[]; unchanged: string[] };

/** Where each file stands: the validators of the copy last loaded. */
type Position = Partial<Record<keyof SwedishBulkUrls, BulkValidators>>;

const REGISTERS: Record<keyof SwedishBulkUrls, string> = { bolagsverket: 'Bolagsverket', scb: 'SCB' };

/**
 * Keeps Sweden's mirror current: Bolagsverket and SCB publish no change feed, only whole files
 * renewed weekly, so each run asks for each file conditionally and imports a new copy (an
 * upsert: units keep their place, and the two files keep each other's fields). A file that fails
 * to download or import keeps its old position and is tried again next run; the other file goes
 * on. A mirror imported by hand counts as current as of its import.
 */
export async function refreshSwedishBulkFiles(
  client: Client,
  urls: SwedishBulkUrls,
  signal?: AbortSignal,
): Promise<SwedishRefreshResult> {
  const { rows } = await client.execute("select position, last_run_at from register_feeds where country = 'SE'");
  if (!rows[0]) throw new Error('Sweden is not mirrored: run npm run registers:import -- SE <file> first.');
  const position: Position = rows[0].position ? (JSON.parse(rows[0].position as string) as Position) : {};
  const importedAt = new Date(Number(rows[0].last_run_at ?? 0)).toUTCString();
  const result: SwedishRefreshResult = { imported: [], unchanged: [] };
  const failures: FeedPartFailure[] = [];
  for (const key of Object.keys(REGISTERS) as (keyof SwedishBulkUrls)[]) {
    const dir = await mkdtemp(join(tmpdir(), 'fjord-se-bulk-'));
    try {
      const file = join(dir, `${key}_bulkfil.zip`);
      const fresh = await downloadBulkFile(
        REGISTERS[key],
        urls[key],
        file,
        position[key] ?? { lastModified: importedAt },
        signal,
      );
      if (!fresh) {
        result.unchanged.push(REGISTERS[key]);
        continue;
      }
      await importRegisterFile(client, 'SE', file);
      position[key] = fresh;
      await client.execute({
        sql: "update register_feeds set position = ?, last_error = null where country = 'SE'",
        args: [JSON.stringify(position)],
      });
      result.imported.push(REGISTERS[key]);
    } catch (err) {
      if (signal?.aborted) throw err;
      failures.push(new FeedPartFailure(REGISTERS[key], err));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  if (failures.length) throw new AggregateError(failures, failures.map((f) => f.message).join(' '));
  return result;
}
