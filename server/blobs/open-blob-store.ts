import { dirname, join, resolve } from 'node:path';
import type { Env } from '../env';
import type { BlobStore } from './blob-store';
import { LocalFolderBlobStore } from './local-folder-blob-store';

/** The blob store the server runs with; another backend (S3, …) would be chosen here from `env`. */
export function openBlobStore(env: Env): BlobStore {
  return new LocalFolderBlobStore(blobDirFor(env));
}

/** `BLOB_DIR`, else `blobs/` beside a `file:` database, else `./data/blobs`. */
export function blobDirFor(env: Pick<Env, 'BLOB_DIR' | 'DATABASE_URL'>): string {
  if (env.BLOB_DIR) return resolve(env.BLOB_DIR);
  if (env.DATABASE_URL.startsWith('file:')) {
    const path = env.DATABASE_URL.slice('file:'.length).split('?')[0] ?? '';
    if (path && path !== ':memory:') return resolve(join(dirname(path), 'blobs'));
  }
  return resolve('data/blobs');
}
