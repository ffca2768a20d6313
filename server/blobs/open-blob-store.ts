import { dirname, join, resolve } from 'node:path';
import type { Env } from '../env';
import type { BlobStore } from './blob-store';
import { LocalFolderBlobStore } from './local-folder-blob-store';
import { S3BlobStore } from './s3-blob-store';

/** The blob store the server runs with: an S3-compatible bucket when `BLOB_S3_BUCKET` is set, else a local folder. */
export function openBlobStore(env: Env): BlobStore {
  if (env.BLOB_S3_BUCKET) {
    return new S3BlobStore({
      endpoint: env.BLOB_S3_ENDPOINT,
      bucket: env.BLOB_S3_BUCKET,
      region: env.BLOB_S3_REGION,
      accessKeyId: env.BLOB_S3_ACCESS_KEY_ID!,
      secretAccessKey: env.BLOB_S3_SECRET_ACCESS_KEY!,
      prefix: env.BLOB_S3_PREFIX,
    });
  }
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
