import { createMiddleware } from 'hono/factory';
import { html } from 'hono/html';
import { publicApi } from '../../shared/api/public.api';
import type { I18n } from '../../shared/i18n/i18n';
import type { Language } from '../../shared/i18n/languages';
import type { Translate } from '../../shared/i18n/translator';
import { addressGroup, clientAddress } from '../auth/client-address';
import type { AppEnv, Deps } from '../deps';
import { apiRouter, route } from '../http/api-router';
import { acceptLanguage } from '../http/request-language';
import { SourceRateLimit } from '../http/source-rate-limit';
import { i18nFor } from '../i18n/server-i18n';
import { optOut, unsubscribeTarget, type UnsubscribeTarget } from './mailing-opt-outs';
import { UNSUBSCRIBE_TOKEN } from './unsubscribe-tokens';

const page = (language: Language, title: string, body: ReturnType<typeof html>) =>
  html`<!doctype html>
    <html lang="${language}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          body {
            font:
              16px/1.5 system-ui,
              sans-serif;
            max-width: 32rem;
            margin: 4rem auto;
            padding: 0 1rem;
            color: #1d2733;
          }
          button {
            font: inherit;
            padding: 0.5rem 1rem;
            border-radius: 6px;
            border: 1px solid #1d4ed8;
            background: #1d4ed8;
            color: #fff;
            cursor: pointer;
          }
        </style>
      </head>
      <body>
        <h1>${title}</h1>
        ${body}
      </body>
    </html>`;

/** A translated sentence with its `address` in bold: the catalogue holds text only, so the bold part goes in here. */
function withAddress(t: Translate, key: 'server.unsubscribe.ask' | 'server.unsubscribe.done', target: UnsubscribeTarget) {
  const [before = '', after = ''] = t(key, { address: ADDRESS_MARK, workspace: target.workspaceName }).split(ADDRESS_MARK);
  return html`${before}<strong>${target.address}</strong>${after}`;
}
const ADDRESS_MARK = '\u0000';

const notKnown = ({ language, t }: I18n) =>
  page(language, t('server.unsubscribe.notKnownTitle'), html`<p>${t('server.unsubscribe.notKnown')}</p>`);

// Links once carried the message's id, which could be guessed from another recipient's; they were retired.
const retired = ({ language, t }: I18n) =>
  page(language, t('server.unsubscribe.retiredTitle'), html`<p>${t('server.unsubscribe.retired')}</p>`);

const tooMany = ({ language, t }: I18n, seconds: number) =>
  page(language, t('server.unsubscribe.tooManyTitle'), html`<p>${t('server.unsubscribe.tooMany', { seconds })}</p>`);

/** The page for a link that names no message: an old id-shaped one, or anything else. */
const unknownLink = (i18n: I18n, param: string) => (OLD_ID.test(param) ? retired(i18n) : notKnown(i18n));
const OLD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per source address: a person clicks a few links; this many is someone trying tokens. */
const REQUESTS_PER_MINUTE = 30;

const done = ({ language, t }: I18n, target: UnsubscribeTarget) =>
  page(
    language,
    t('server.unsubscribe.doneTitle'),
    html`<p data-testid="unsubscribed">${withAddress(t, 'server.unsubscribe.done', target)}</p>`,
  );

const ask = ({ language, t }: I18n, target: UnsubscribeTarget) =>
  page(
    language,
    t('server.unsubscribe.askTitle'),
    html`<p>${withAddress(t, 'server.unsubscribe.ask', target)}</p>
      <form method="post">
        <button type="submit" name="confirm" value="1">${t('server.unsubscribe.button')}</button>
      </form>`,
  );

/**
 * `/unsubscribe/:token`, the link in every mailing (and its List-Unsubscribe header). Public: the
 * message's random token is the secret. Opening the link only asks (mail scanners open links), the
 * button or a mail client's one-click POST (RFC 8058) records it. Pages are plain HTML, values
 * escaped, in the language of the browser that opened the link. Each source address may make 30
 * requests a minute, so tokens cannot be tried in bulk.
 */
export function unsubscribeRoutes(deps: Deps) {
  const limit = new SourceRateLimit(REQUESTS_PER_MINUTE, 60_000);
  const pageHeaders = createMiddleware<AppEnv>(async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
    c.header('referrer-policy', 'no-referrer');
    // Nothing but the page's own style and its form back to itself.
    c.header(
      'content-security-policy',
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    );
  });
  const rateLimited = createMiddleware<AppEnv>(async (c, next) => {
    const wait = limit.take(addressGroup(clientAddress(c, deps.env.TRUST_PROXY)));
    if (wait === 0) return next();
    const seconds = Math.ceil(wait / 1000);
    c.header('retry-after', String(seconds));
    return c.html(tooMany(i18nFor(acceptLanguage(c)), seconds), 429);
  });
  return apiRouter()
    .openapi(route(publicApi.unsubscribePage, pageHeaders, rateLimited), async (c) => {
      const i18n = i18nFor(acceptLanguage(c));
      const { token } = c.req.valid('param');
      const target = UNSUBSCRIBE_TOKEN.test(token) ? await unsubscribeTarget(deps.db, token) : null;
      if (!target) return c.html(unknownLink(i18n, token), 404);
      return c.html(target.optedOutAt !== null ? done(i18n, target) : ask(i18n, target));
    })
    .openapi(route(publicApi.unsubscribe, pageHeaders, rateLimited), async (c) => {
      const i18n = i18nFor(acceptLanguage(c));
      const { token } = c.req.valid('param');
      const target = UNSUBSCRIBE_TOKEN.test(token) ? await optOut(deps, token) : null;
      if (!target) return c.html(unknownLink(i18n, token), 404);
      return c.html(done(i18n, target));
    });
}
