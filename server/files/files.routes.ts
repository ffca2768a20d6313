import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { filesApi } from '../../shared/api/files.api';
import { requireAuth } from '../auth/require-auth';
import { mediaTypeOf } from '../blobs/image-type';
import type { Deps } from '../deps';
import { deleteFile, liveFile, storeFile } from '../domain/files';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { bodyTooLarge } from '../http/body-too-large';
import { bytesMatchType, FILE_TYPES, isFileContentType } from './file-type-check';
import { downloadName } from './download-name';

/**
 * Files on companies, contacts and activities (`/api/files`): the raw bytes as the body, checked
 * against the declared type and the size limit before anything is stored; the metadata syncs, the
 * bytes stay in the blob store and come back with their original name.
 */
export function filesRoutes(deps: Deps) {
  const max = deps.env.FILE_MAX_BYTES;
  const tooLarge = (c: Context) =>
    bodyTooLarge(c, { key: 'errors.files.tooLarge', values: { megabytes: Math.round(max / 1024 / 1024) } });
  const fileLimit = bodyLimit({
    maxSize: max,
    onError: (c) => {
      throw tooLarge(c);
    },
  });
  const auth = requireAuth(deps);
  return (
    apiRouter()
      // The media type is checked here, not by the router: the answer names what was sent.
      .openapi(route(filesApi.upload, auth, fileLimit), async (c) => {
        const auth = c.get('auth');
        const { name, companyId, contactId, activityId } = c.req.valid('query');
        const declared = mediaTypeOf(c.req.header('content-type'));
        if (!isFileContentType(declared)) {
          throw new AppError(415, 'unsupportedMediaType', (i18n) =>
            i18n.t('errors.files.notAllowed', {
              allowed: Object.values(FILE_TYPES)
                .map((type) => i18n.t(type))
                .join(', '),
              declared: declared || i18n.t('errors.files.untyped'),
            }),
          );
        }
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.byteLength > max) throw tooLarge(c);
        if (bytes.byteLength === 0) throw new AppError(400, 'invalid', { key: 'errors.files.empty' });
        const mismatch = await bytesMatchType(bytes, declared);
        if (mismatch)
          throw new AppError(415, 'unsupportedMediaType', {
            key: 'errors.files.mismatch',
            values: { name, what: mismatch, declared: { key: FILE_TYPES[declared] } },
          });
        const item = await storeFile(deps, auth, {
          name,
          contentType: declared,
          bytes,
          links: { companyId, contactId, activityId },
        });
        return c.json({ item }, 201);
      })
      .openapi(route(filesApi.get, auth), async (c) =>
        c.json({ item: await liveFile(deps.db, c.get('auth'), c.req.valid('param').id) }, 200),
      )
      .openapi(route(filesApi.download, auth), async (c) => {
        const file = await liveFile(deps.db, c.get('auth'), c.req.valid('param').id);
        const blob = await deps.blobs.get(file.blobKey);
        if (!blob) throw new AppError(404, 'notFound', { key: 'errors.files.gone' });
        return c.body(blob.bytes, 200, {
          'content-type': 'application/octet-stream',
          'content-disposition': downloadName(file.fileName),
          'x-content-type-options': 'nosniff',
          'content-security-policy': "default-src 'none'; sandbox",
          'cache-control': 'private, no-store',
        });
      })
      .openapi(route(filesApi.remove, auth), async (c) => {
        await deleteFile(deps, c.get('auth'), c.req.valid('param').id);
        return c.json({ ok: true as const }, 200);
      })
  );
}
