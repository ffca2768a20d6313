import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertBlobKey, type BlobStore, type StoredBlob } from './blob-store';

type BlobMeta = { contentType: string; size: number };

/**
 * Blobs as files in one folder: `<key>.bin` holds the bytes, `<key>.json` the media type. Every
 * file is written under a temporary name and renamed, and the metadata goes last, so a reader
 * never sees half a blob: without its `.json` a blob does not exist.
 */
export class LocalFolderBlobStore implements BlobStore {
  constructor(readonly dir: string) {}

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const base = this.pathOf(key);
    await mkdir(this.dir, { recursive: true });
    await writeAtomically(`${base}.bin`, bytes);
    const meta: BlobMeta = { contentType, size: bytes.byteLength };
    await writeAtomically(`${base}.json`, JSON.stringify(meta));
  }

  async get(key: string): Promise<StoredBlob | null> {
    const base = this.pathOf(key);
    const meta = await readIfExists(`${base}.json`);
    const bytes = meta && (await readIfExists(`${base}.bin`));
    if (!meta || !bytes) return null;
    const { contentType } = JSON.parse(meta.toString('utf8')) as BlobMeta;
    return { bytes: new Uint8Array(bytes), contentType };
  }

  async delete(key: string): Promise<void> {
    const base = this.pathOf(key);
    await rm(`${base}.json`, { force: true });
    await rm(`${base}.bin`, { force: true });
  }

  /** The key pattern has no separators and no `..`, so the file stays inside the folder. */
  private pathOf(key: string): string {
    assertBlobKey(key);
    return join(this.dir, key);
  }
}

async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

async function readIfExists(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}
