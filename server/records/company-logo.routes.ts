import { bodyLimit } from 'hono/body-limit';
import { blobsApi } from '../../shared/api/blobs.api';
import { requireAuth } from '../auth/require-auth';
import { clearCompanyLogo, setCompanyLogo } from '../blobs/company-logo';
import { isLogoContentType, LOGO_MAX_BYTES, mediaTypeOf, sniffImageType } from '../blobs/image-type';
import type { Deps } from '../deps';
import type { ErrorText } from '../../shared/mutations/error-text';
import { AppError } from '../http/app-error';
import { apiRouter, route } from '../http/api-router';
import { liveCompanyOr404 } from './companies.queries';

const accepted: ErrorText = { key: 'errors.logo.accepted' };

const tooLarge = () =>
  new AppError(413, 'tooLarge', { key: 'errors.logo.tooLarge', values: { megabytes: LOGO_MAX_BYTES / 1024 / 1024 } });

/**
 * `PUT /api/companies/:id/logo` (the image as the raw body), `DELETE` of it, and `GET …/logo/import`
 * (how the last logo web address fared); the bytes are served by `/api/blobs`.
 */
export function companyLogoRoutes(deps: Deps) {
  const found = (workspaceId: string, id: string) => liveCompanyOr404(deps.db, workspaceId, id);
  const auth = requireAuth(deps);
  const logoLimit = bodyLimit({
    maxSize: LOGO_MAX_BYTES,
    onError: () => {
      throw tooLarge();
    },
  });
  return (
    apiRouter()
      // The media type is checked here, not by the router: the answer names what was sent.
      .openapi(route(blobsApi.uploadLogo, auth, logoLimit), async (c) => {
        const declared = mediaTypeOf(c.req.header('content-type'));
        if (!isLogoContentType(declared)) {
          throw new AppError(415, 'unsupportedMediaType', {
            key: 'errors.logo.notImage',
            values: { accepted, declared: declared || { key: 'errors.files.untyped' } },
          });
        }
        const company = await found(c.get('auth').workspaceId, c.req.valid('param').id);
        const bytes = new Uint8Array(await c.req.arrayBuffer());
        if (bytes.byteLength > LOGO_MAX_BYTES) throw tooLarge();
        if (bytes.byteLength === 0) throw new AppError(400, 'invalid', { key: 'errors.logo.empty' });
        // The declared type must be what the bytes are: browsers and the blob route trust the stored type.
        const actual = sniffImageType(bytes);
        if (actual !== declared) {
          const what: ErrorText = actual
            ? { key: 'errors.logo.isImage', values: { type: actual } }
            : { key: 'errors.logo.isNoImage', values: { accepted } };
          throw new AppError(415, 'unsupportedMediaType', { key: 'errors.logo.mismatch', values: { what, declared } });
        }
        await setCompanyLogo(deps, c.get('auth'), company, bytes, actual);
        return c.json({ company: await found(c.get('auth').workspaceId, company.id) }, 200);
      })
      // What became of the last logo address given for the company (fetched by the server, server/blobs/logo-imports.ts).
      .openapi(route(blobsApi.logoImport, auth), async (c) => {
        const { workspaceId } = c.get('auth');
        const company = await found(workspaceId, c.req.valid('param').id);
        return c.json({ import: deps.logoImports.statusOf(workspaceId, company.id) }, 200);
      })
      .openapi(route(blobsApi.removeLogo, auth), async (c) => {
        const company = await found(c.get('auth').workspaceId, c.req.valid('param').id);
        await clearCompanyLogo(deps, c.get('auth'), company);
        return c.json({ company: await found(c.get('auth').workspaceId, company.id) }, 200);
      })
  );
}
