import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { RegisterError } from '../register-provider';

/** What identifies the copy of a file already loaded: the server's own validators. */
export type BulkValidators = { etag?: string; lastModified?: string };

/**
 * Downloads a register's bulk file to `path` unless it is unchanged since `known` (a conditional
 * GET: 304 → null). The body streams to disk, never into memory; a download cut short leaves a
 * file the import refuses (a zip without its directory), so nothing half-read reaches the mirror.
 */
export async function downloadBulkFile(
  register: string,
  url: string,
  path: string,
  known: BulkValidators,
  signal?: AbortSignal,
): Promise<BulkValidators | null> {
  const headers: Record<string, string> = {};
  if (known.etag) headers['if-none-match'] = known.etag;
  if (known.lastModified) headers['if-modified-since'] = known.lastModified;
  let res: Response;
  try {
    res = await fetch(url, { headers, signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw new RegisterError(register, 'down', { key: 'errors.registers.bulkUnreachable', values: { register, url } });
  }
  if (res.status === 304) {
    await res.body?.cancel();
    return null;
  }
  if (!res.ok || !res.body) {
    await res.body?.cancel();
    throw new RegisterError(register, 'down', {
      key: 'errors.registers.bulkHttpStatus',
      values: { register, status: res.status, url },
    });
  }
  await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(path), { signal });
  return {
    etag: res.headers.get('etag') ?? undefined,
    lastModified: res.headers.get('last-modified') ?? undefined,
  };
}
