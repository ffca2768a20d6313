/**
 * Every Gmail selector the sidebar uses, with the fixture pages (tests/fixtures/webmail/) it must
 * match and how many times; tests/extension/webmail/selectors.test.ts checks the counts. Where each
 * comes from is in tests/fixtures/webmail/README.md. Gmail's class names are minified but have been
 * stable for years; the `email` / `name` attributes on people are the documented-by-use contract.
 */
import type { HostSelector } from '../conversation';

const all = (single: number, long: number, signature: number, forwarded: number, rtl: number) => ({
  'gmail-single-message.html': single,
  'gmail-long-thread.html': long,
  'gmail-signature.html': signature,
  'gmail-forwarded.html': forwarded,
  'gmail-rtl-non-ascii.html': rtl,
});

export const gmailSelectors = {
  /** The open conversation's subject; its absence means no conversation view. */
  subject: { css: 'div[role="main"] h2.hP', fixtures: all(1, 1, 1, 1, 1) },
  /** One rendered message; `data-legacy-message-id` is the Gmail API message id. */
  message: { css: 'div[role="main"] div.adn[data-message-id]', fixtures: all(1, 4, 1, 1, 2) },
  /** The sender, inside a message: `email` and `name` attributes. */
  sender: { css: 'span.gD[email]', fixtures: all(1, 4, 1, 1, 2) },
  /** Recipients in the collapsed header line ("to me, Ola"), to and cc together. */
  recipients: { css: 'span.hb span.g2[email]', fixtures: all(1, 13, 1, 1, 5) },
  /** Rows of the rendered "Show details" table (from, to, cc, date, subject), when Gmail has built it. */
  detailsRow: { css: '.ajA table.ajC tr', fixtures: all(0, 20, 0, 0, 5) },
  /** Date with the full timestamp in `title`. */
  date: { css: 'span.g3[title]', fixtures: all(1, 4, 1, 1, 2) },
  /** The message body (quoted history and signature included). */
  body: { css: 'div.ii.gt', fixtures: all(1, 4, 1, 1, 2) },
} as const satisfies Record<string, HostSelector>;

/** The account menu, whose label names the signed-in address ("Google Account: Name (address)"). */
export const gmailAccount: HostSelector = { css: 'a[aria-label^="Google Account:"]', fixtures: all(1, 1, 1, 1, 1) };

/** In a details row: its label cell ("to:", "cc:") and the people in it. */
export const gmailDetailsLabel = '.gG';
export const gmailDetailsPerson = 'span[email]';
