import { Hono } from 'hono';
import { z } from 'zod';
import { requireAuth } from '../auth/require-auth';
import type { AppEnv, Deps } from '../deps';
import { AppError } from '../http/app-error';
import { validate } from '../http/validate';
import { BLOB_KEY_MAX_LENGTH, BLOB_KEY_PATTERN } from './blob-store';
import { workspaceOfKey } from './company-logo-blobs';
import { isLogoContentType } from './image-type';

const KeyParam = z.object({ key: z.string().max(BLOB_KEY_MAX_LENGTH).regex(BLOB_KEY_PATTERN, 'is not a blob key') });

/**
 * `GET /api/blobs/:key`: a stored file, to signed-in callers of the workspace named in its key only.
 * Uploaded bytes are untrusted: they are served with the type checked at upload, no sniffing, a CSP
 * that forbids everything, and `private` caching (the URL is immutable, the content confidential).
 */
export function blobsRoutes(deps: Deps) {
  return new Hono<AppEnv>().use(requireAuth(deps)).get('/:key', validate('param', KeyParam), async (c) => {
    const { key } = c.req.valid('param');
    const blob = workspaceOfKey(key) === c.get('auth').workspaceId ? await deps.blobs.get(key) : null;
    if (!blob) throw new AppError(404, 'notFound', 'No such file');
    const image = isLogoContentType(blob.contentType);
    return c.body(blob.bytes, 200, {
      'content-type': image ? blob.contentType : 'application/octet-stream',
      'content-disposition': image ? 'inline' : 'attachment',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'; sandbox",
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'private, max-age=31536000, immutable',
    });
  });
}
