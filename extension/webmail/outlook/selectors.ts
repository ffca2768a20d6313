/**
 * Every Outlook on the web selector the sidebar uses, with the fixture pages
 * (tests/fixtures/webmail/) it must match and how many times; tests/extension/webmail/selectors.test.ts
 * checks the counts. Sources are in tests/fixtures/webmail/README.md. Outlook's class names are
 * generated per build, so these use ids with fixed prefixes/suffixes, roles, data-* and aria
 * attributes only.
 */
import type { HostSelector } from '../conversation';

const all = (single: number, long: number, signature: number, forwarded: number, rtl: number) => ({
  'outlook-single-message.html': single,
  'outlook-long-thread.html': long,
  'outlook-signature.html': signature,
  'outlook-forwarded.html': forwarded,
  'outlook-rtl-non-ascii.html': rtl,
});

export const outlookSelectors = {
  /** The reading pane; its absence means no conversation view. */
  readingPane: { css: '[data-app-section="MailReadCompose"]', fixtures: all(1, 1, 1, 1, 1) },
  /** The conversation subject (`CONV_<id>_SUBJECT`); the full text is also in a `title`. */
  subject: { css: '[role="heading"][id^="CONV_"][id$="_SUBJECT"]', fixtures: all(1, 1, 1, 1, 1) },
  /** One message's From line (`MSG_<id>_FROM`): "Name<address>" in a button. Marks each message. */
  from: { css: '[id^="MSG_"][id$="_FROM"]', fixtures: all(1, 4, 1, 1, 2) },
  /** To line: by id suffix, or by its (English) aria-label "To: …". */
  toLine: { css: '[id^="MSG_"][id$="_TO"], [aria-label^="To:"]', fixtures: all(1, 4, 1, 1, 2) },
  /** Cc line, the same way ("Cc:" or "CC:"). */
  ccLine: { css: '[id^="MSG_"][id$="_CC"], [aria-label^="Cc:" i]', fixtures: all(0, 4, 0, 0, 1) },
  /** One person in a To/Cc line: a button whose `title`d child holds the address. */
  persona: { css: '[data-app-section="MailReadCompose"] [aria-readonly="true"] button', fixtures: all(1, 13, 1, 1, 5) },
  /** The sent/received time as shown ("Tue 3/4/2025 10:12 AM"). */
  date: { css: '[data-testid="SentReceivedSavedTime"], [id^="MSG_"][id$="_DATETIME"]', fixtures: all(1, 4, 1, 1, 2) },
  /** The message body. */
  body: { css: '[id^="UniqueMessageBody"]', fixtures: all(1, 4, 1, 1, 2) },
  /** The selected conversation in the message list: `data-convid` is the conversation id. */
  selectedConversation: { css: '[role="option"][data-convid][aria-selected="true"]', fixtures: all(1, 1, 1, 1, 1) },
} as const satisfies Record<string, HostSelector>;

/**
 * The signed-in account: the "me control" names the address in its secondary line, and the
 * account button's picture carries it in a `title` (assumed; tests/fixtures/webmail/README.md).
 */
export const outlookAccount: HostSelector = {
  css: '#mectrl_currentAccount_secondary, #O365_MainLink_Me [title*="@"]',
  fixtures: all(1, 1, 1, 1, 1),
};

/** In a To/Cc line: one person (the same elements `persona` counts page-wide). */
export const outlookPersonaInLine = 'button';
