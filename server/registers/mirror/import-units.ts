import type { Client } from '@libsql/client';
import type { RegisterCompany, RegisterCountry } from '../../../shared/registers/register-company';
import type { BulkContainer } from './bulk-bytes';
import { openBulkFile, type BulkFormat } from './bulk-file';
import { bulkMapperFor, type BulkMapper } from './bulk-mappers';
import { upsertStatements } from './mirror-store';

export type ImportProgress = {
  units: number;
  skipped: number;
  /** Share of the file read, 0–1 (of the compressed bytes for a gzip file, the unpacked entry of a zip). */
  fraction: number;
  elapsedMs: number;
};

export type ImportResult = ImportProgress & { format: BulkFormat; container: BulkContainer; unitsPerSecond: number };

/** Units per write transaction: large enough to amortise the commit, small enough to report progress often. */
const BATCH = 5_000;

/**
 * Loads a register's bulk file into the mirror, streaming: records are mapped and upserted a
 * batch per transaction, so a file larger than memory loads and an interrupted import keeps what
 * it wrote (running it again upserts the rest). Marks the country as mirrored when done.
 */
export async function importRegisterFile(
  client: Client,
  country: RegisterCountry,
  path: string,
  onProgress: (progress: ImportProgress) => void = () => {},
): Promise<ImportResult> {
  const source = await openBulkFile(path);
  const started = performance.now();
  const startedAt = Date.now();
  let mapper: BulkMapper | null = null;
  let batch: RegisterCompany[] = [];
  let units = 0;
  let skipped = 0;
  const progress = (): ImportProgress => ({
    units,
    skipped,
    fraction: source.totalBytes ? Math.min(1, source.readBytes() / source.totalBytes) : 1,
    elapsedMs: performance.now() - started,
  });
  const flush = async () => {
    if (batch.length === 0) return;
    await client.batch(upsertStatements(batch, startedAt, mapper?.keeps), 'write');
    units += batch.length;
    batch = [];
    onProgress(progress());
  };
  for await (const record of source.records) {
    mapper ??= bulkMapperFor(country, record);
    const unit = mapper.read(record);
    if (unit) batch.push(unit);
    else skipped++;
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  await client.execute({
    sql: `insert into register_feeds (country, last_run_at) values (?, ?)
          on conflict (country) do update set last_run_at = excluded.last_run_at`,
    args: [country, Date.now()],
  });
  const done = progress();
  return {
    ...done,
    fraction: 1,
    format: source.format,
    container: source.container,
    unitsPerSecond: units / (done.elapsedMs / 1000),
  };
}
