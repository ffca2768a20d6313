import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export type BulkContainer = 'gzip' | 'zip' | null;

/** A bulk file's unpacked bytes, streaming, with its first bytes read ahead to tell its format. */
export type BulkBytes = {
  container: BulkContainer;
  head: Buffer;
  stream: Readable;
  /** Bytes to read and read so far: of the file (plain or gzip) or of the unpacked zip entry. */
  totalBytes: number;
  readBytes: () => number;
};

const HEAD_BYTES = 64 * 1024;

/**
 * Opens a bulk file as the register ships it: plain, gzip (Brreg) or a zip archive holding one
 * text file (Bolagsverket, SCB), the biggest entry being the data. Nothing is unpacked to disk.
 */
export async function openBulkBytes(path: string): Promise<BulkBytes> {
  const magic = await readMagic(path);
  let read = 0;
  if (magic[0] === 0x50 && magic[1] === 0x4b && magic[2] === 0x03 && magic[3] === 0x04) {
    const { entry, stream } = await openBiggestEntry(path);
    stream.on('data', (chunk: Buffer) => (read += chunk.length));
    return { container: 'zip', ...(await peek(stream)), totalBytes: entry.uncompressedSize, readBytes: () => read };
  }
  const file = createReadStream(path, { highWaterMark: 1 << 20 });
  file.on('data', (chunk) => (read += chunk.length));
  const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
  const bytes = gzip ? file.pipe(createGunzip()) : file;
  const totalBytes = (await stat(path)).size;
  return { container: gzip ? 'gzip' : null, ...(await peek(bytes)), totalBytes, readBytes: () => read };
}

async function readMagic(path: string): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buffer, 0, 4, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** Reads the first bytes of a stream and hands back a stream that still starts at the beginning. */
async function peek(stream: Readable): Promise<{ head: Buffer; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const chunks: Buffer[] = [];
  let length = 0;
  while (length < HEAD_BYTES) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value);
    length += next.value.length;
  }
  async function* replay() {
    yield* chunks;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head: Buffer.concat(chunks).subarray(0, HEAD_BYTES), stream: Readable.from(replay(), { objectMode: false }) };
}

async function openBiggestEntry(path: string): Promise<{ entry: Entry; stream: Readable }> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, z) => (err ? reject(err) : resolve(z))),
  );
  const entries = await new Promise<Entry[]>((resolve, reject) => {
    const found: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      if (!entry.fileName.endsWith('/')) found.push(entry);
      zip.readEntry();
    });
    zip.on('end', () => resolve(found));
    zip.on('error', reject);
    zip.readEntry();
  });
  const entry = entries.sort((a, b) => b.uncompressedSize - a.uncompressedSize)[0];
  if (!entry) {
    zip.close();
    throw new Error('The zip archive holds no file.');
  }
  const stream = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))),
  );
  stream.on('close', () => zip.close());
  return { entry, stream };
}
