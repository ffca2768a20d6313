import { blobsApi } from '../../shared/api/blobs.api';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { workspaceOfKey } from './company-logo-blobs';
import { isLogoContentType } from './image-type';

/**
 * `GET /api/blobs/:key`: a stored file, to signed-in callers of the workspace named in its key only.
 * Uploaded bytes are untrusted: they are served with the type checked at upload, no sniffing, a CSP
 * that forbids everything, and `private` caching (the URL is immutable, the content confidential).
 */
export function blobsRoutes(deps: Deps) {
  return apiRouter().openapi(route(blobsApi.get, requireAuth(deps)), async (c) => {
    const { key } = c.req.valid('param');
    const blob = workspaceOfKey(key) === c.get('auth').workspaceId ? await deps.blobs.get(key) : null;
    if (!blob) throw new AppError(404, 'notFound', { key: 'errors.notFound.blob' });
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
