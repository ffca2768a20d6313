import { z } from 'zod';

/** Letters, digits, `-` and `_` in dot-separated parts: no slashes, no `..`, no leading dot. */
export const BLOB_KEY_PATTERN = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;
export const BLOB_KEY_MAX_LENGTH = 200;

/** The key of a stored file, as `/api/blobs/{key}` names it. */
export const BlobKeySchema = z.string().max(BLOB_KEY_MAX_LENGTH).regex(BLOB_KEY_PATTERN, 'errors.field.blobKey');
