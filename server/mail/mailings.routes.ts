import { logFailure } from '../http/error-summary';
import { mailingsApi } from '../../shared/api/mailings.api';
import type { MailingCreated, MailingPreview, RecipientSummary } from '../../shared/mail/mailing-responses';
import { requireAuth } from '../auth/require-auth';
import type { Deps } from '../deps';
import { AppError } from '../http/app-error';
import type { Wording } from '../i18n/wording';
import { apiRouter, route } from '../http/api-router';
import { mailConfigured, openMailTransport } from './mail-transport';
import { createMailing, recipientValues } from './mailing-create';
import { mailingProgress, senderOf, sentMailLog } from './mailing-queries';
import { resolveRecipients } from './mailing-recipients';
import { sendMailing } from './mailing-sender';

const notConfigured = () => new AppError(503, 'mailNotConfigured', { key: 'errors.mail.notConfigured' });

export function mailingsRoutes(deps: Deps) {
  const auth = requireAuth(deps);
  return apiRouter()
    .openapi(route(mailingsApi.preview, auth), async (c) => {
      const { workspaceId, userId } = c.get('auth');
      const { target, recipients } = c.req.valid('json');
      const [{ list, summary }, sender] = await Promise.all([
        resolveRecipients(deps.db, workspaceId, target, recipients),
        senderOf(deps.db, userId),
      ]);
      const first = list[0];
      const body: MailingPreview = {
        ...summary,
        configured: mailConfigured(deps.env),
        first: first ? { address: first.address, values: recipientValues(first.company, first.contact, sender.name) } : null,
      };
      return c.json(body, 200);
    })
    .openapi(route(mailingsApi.create, auth), async (c) => {
      const auth = c.get('auth');
      const request = c.req.valid('json');
      const transport = openMailTransport(deps.env);
      if (!transport) throw notConfigured();
      try {
        const [{ list, summary }, sender] = await Promise.all([
          resolveRecipients(deps.db, auth.workspaceId, request.target, request.recipients),
          senderOf(deps.db, auth.userId),
        ]);
        if (list.length === 0) {
          throw new AppError(400, 'noRecipients', noRecipients(summary.skipped), [
            { path: ['recipients'], message: { key: 'errors.mail.noAddressInSelection' } },
          ]);
        }
        // A wrong host or password is the user's to fix before anything is recorded as pending.
        await transport.verify().catch((err: Error) => {
          throw new AppError(503, 'mailUnavailable', { key: 'errors.mail.unavailable', values: { problem: err.message } });
        });
        // PUBLIC_URL when the server sits behind a proxy; the URL the request came to otherwise.
        const publicUrl = new URL(deps.env.PUBLIC_URL ?? c.req.url).origin;
        const id = await createMailing(deps, auth, request, list, sender.name, publicUrl);
        void sendMailing(deps, id).catch((err: unknown) => logFailure(`mailing ${id} stopped`, err));
        const body: MailingCreated = { id, ...summary };
        return c.json(body, 202);
      } finally {
        transport.close();
      }
    })
    .openapi(route(mailingsApi.sent, auth), async (c) => {
      const { limit, ...about } = c.req.valid('query');
      const which = about.companyId ? { companyId: about.companyId } : { contactId: about.contactId! };
      return c.json({ items: await sentMailLog(deps.db, c.get('auth').workspaceId, which, limit) }, 200);
    })
    .openapi(route(mailingsApi.progress, auth), async (c) => {
      const progress = await mailingProgress(deps.db, c.get('auth').workspaceId, c.req.valid('param').id);
      if (!progress) throw new AppError(404, 'notFound', { key: 'errors.notFound.mailing' });
      return c.json(progress, 200);
    });
}

function noRecipients(skipped: RecipientSummary['skipped']): Wording {
  return ({ t }) => {
    const why = [
      skipped.noAddress > 0 && t('errors.mail.skippedNoAddress', { count: skipped.noAddress }),
      skipped.noContacts > 0 && t('errors.mail.skippedNoContacts', { count: skipped.noContacts }),
      skipped.optedOut > 0 && t('errors.mail.skippedOptedOut', { count: skipped.optedOut }),
    ].filter(Boolean);
    return why.length > 0 ? t('errors.mail.noRecipientsWhy', { why: why.join(', ') }) : t('errors.mail.noRecipients');
  };
}
