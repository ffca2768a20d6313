import { Hono } from 'hono';
import { html } from 'hono/html';
import { IdSchema } from '../../shared/entities/base';
import type { AppEnv, Deps } from '../deps';
import { optOut, unsubscribeTarget, type UnsubscribeTarget } from './mailing-opt-outs';

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

const done = (t: UnsubscribeTarget) =>
  page(
    'You are unsubscribed',
    html`<p data-testid="unsubscribed"><strong>${t.address}</strong> gets no more mailings from ${t.workspaceName}.</p>`,
  );

/**
 * `/unsubscribe/:recipientId`, the link in every mailing (and its List-Unsubscribe header). Public:
 * the message's id is the secret. Opening the link only asks (mail scanners open links), the
 * button or a mail client's one-click POST (RFC 8058) records it. Pages are plain HTML, values escaped.
 */
export function unsubscribeRoutes(deps: Deps) {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      await next();
      c.header('cache-control', 'no-store');
      c.header('referrer-policy', 'no-referrer');
      // Nothing but the page's own style and its form back to itself.
      c.header(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
      );
    })
    .get('/:id', async (c) => {
      const id = IdSchema.safeParse(c.req.param('id'));
      const target = id.success ? await unsubscribeTarget(deps.db, id.data) : null;
      if (!target) return c.html(notKnown(), 404);
      if (target.optedOutAt !== null) return c.html(done(target));
      return c.html(
        page(
          'Unsubscribe from these mailings?',
          html`<p><strong>${target.address}</strong> will get no more mailings from ${target.workspaceName}.</p>
            <form method="post"><button type="submit" name="confirm" value="1">Unsubscribe</button></form>`,
        ),
      );
    })
    .post('/:id', async (c) => {
      const id = IdSchema.safeParse(c.req.param('id'));
      const target = id.success ? await optOut(deps, id.data) : null;
      if (!target) return c.html(notKnown(), 404);
      return c.html(done(target));
    });
}
