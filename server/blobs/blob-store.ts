import { BLOB_KEY_MAX_LENGTH, BLOB_KEY_PATTERN } from '../../shared/files/blob-key';

/** A stored file and the media type it was stored with. */
export type StoredBlob = { bytes: Uint8Array<ArrayBuffer>; contentType: string };

/**
 * Where uploaded files (company logos) live. The local folder is the default
 * (`local-folder-blob-store.ts`); S3 or similar implements the same three calls and is chosen in
 * `open-blob-store.ts`. Keys are made by the server (`company-logo-blobs.ts`), never taken from a
 * client, and each store refuses anything that is not a plain key.
 */
export type BlobStore = {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Null when there is no blob under `key`. */
  get(key: string): Promise<StoredBlob | null>;
  /** Removing a key that does not exist is not an error. */
  delete(key: string): Promise<void>;
};

export function isBlobKey(key: string): boolean {
  return key.length <= BLOB_KEY_MAX_LENGTH && BLOB_KEY_PATTERN.test(key);
}

export function assertBlobKey(key: string): void {
  if (!isBlobKey(key)) throw new Error(`Not a blob key: ${JSON.stringify(key.slice(0, 50))}`);
}
