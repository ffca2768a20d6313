import { createMiddleware } from 'hono/factory';
import { html } from 'hono/html';
import { publicApi } from '../../shared/api/public.api';
import { addressGroup, clientAddress } from '../auth/client-address';
import type { AppEnv, Deps } from '../deps';
import { apiRouter, route } from '../http/api-router';
import { SourceRateLimit } from '../http/source-rate-limit';
import { optOut, unsubscribeTarget, type UnsubscribeTarget } from './mailing-opt-outs';
import { UNSUBSCRIBE_TOKEN } from './unsubscribe-tokens';

const page = (title: string, body: ReturnType<typeof html>) =>
  html`<!doctype html>
    <html lang="en">
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

const notKnown = () => page('This link is not known', html`<p>It may have been copied only in part. Nothing was changed.</p>`);

// Links once carried the message's id, which could be guessed from another recipient's; they were retired.
const retired = () =>
  page(
    'This link no longer works',
    html`<p>
      Unsubscribe links in older mailings were replaced by safer ones. Use the link in a newer message from the sender, or reply
      to the message and ask to be removed. Nothing was changed.
    </p>`,
  );

const tooMany = (seconds: number) =>
  page(
    'Too many requests',
    html`<p>This address has opened too many unsubscribe links in a short time. Try again in ${seconds} seconds.</p>`,
  );

/** The page for a link that names no message: an old id-shaped one, or anything else. */
const unknownLink = (param: string) => (OLD_ID.test(param) ? retired() : notKnown());
const OLD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Per source address: a person clicks a few links; this many is someone trying tokens. */
const REQUESTS_PER_MINUTE = 30;

const done = (t: UnsubscribeTarget) =>
  page(
    'You are unsubscribed',
    html`<p data-testid="unsubscribed"><strong>${t.address}</strong> gets no more mailings from ${t.workspaceName}.</p>`,
  );

/**
 * `/unsubscribe/:token`, the link in every mailing (and its List-Unsubscribe header). Public: the
 * message's random token is the secret. Opening the link only asks (mail scanners open links), the
 * button or a mail client's one-click POST (RFC 8058) records it. Pages are plain HTML, values
 * escaped. Each source address may make 30 requests a minute, so tokens cannot be tried in bulk.
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
    return c.html(tooMany(seconds), 429);
  });
  return apiRouter()
    .openapi(route(publicApi.unsubscribePage, pageHeaders, rateLimited), async (c) => {
      const { token } = c.req.valid('param');
      const target = UNSUBSCRIBE_TOKEN.test(token) ? await unsubscribeTarget(deps.db, token) : null;
      if (!target) return c.html(unknownLink(token), 404);
      if (target.optedOutAt !== null) return c.html(done(target));
      return c.html(
        page(
          'Unsubscribe from these mailings?',
          html`<p><strong>${target.address}</strong> will get no more mailings from ${target.workspaceName}.</p>
            <form method="post"><button type="submit" name="confirm" value="1">Unsubscribe</button></form>`,
        ),
      );
    })
    .openapi(route(publicApi.unsubscribe, pageHeaders, rateLimited), async (c) => {
      const { token } = c.req.valid('param');
      const target = UNSUBSCRIBE_TOKEN.test(token) ? await optOut(deps, token) : null;
      if (!target) return c.html(unknownLink(token), 404);
      return c.html(done(target));
    });
}
