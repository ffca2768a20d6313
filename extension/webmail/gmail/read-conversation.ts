/**
 * Reads the open Gmail conversation from the page (issue 4). Pure DOM: works on the live document
 * or on a parsed fixture. Only `textContent` and attributes are read; nothing is parsed as HTML.
 */
import {
  bodyText,
  plainText,
  webmailDateToIso,
  type Conversation,
  type ConversationMessage,
  type Mailbox,
} from '../conversation';
import { gmailDetailsLabel, gmailDetailsPerson, gmailSelectors as S } from './selectors';

/** The open conversation, or null when the page has no conversation view (the caller warns once). */
export function readConversation(doc: Document, url: string): Conversation | null {
  try {
    const subjectEl = doc.querySelector(S.subject.css);
    if (!subjectEl) return null;
    const messages = [...doc.querySelectorAll(S.message.css)].flatMap((el) => readMessage(el) ?? []);
    if (messages.length === 0) return null;
    return { host: 'gmail', threadId: threadId(subjectEl, url), subject: plainText(subjectEl), messages };
  } catch {
    // A host page we do not understand must never break: the caller shows nothing.
    return null;
  }
}

function readMessage(el: Element): ConversationMessage | null {
  const from = person(el.querySelector(S.sender.css));
  const messageKey = el.getAttribute('data-legacy-message-id') || el.getAttribute('data-message-id');
  if (!from || !messageKey) return null;
  const { to, cc } = recipients(el);
  return {
    messageKey,
    from,
    to,
    cc,
    date: webmailDateToIso(el.querySelector(S.date.css)?.getAttribute('title')),
    text: bodyText(el.querySelector(S.body.css)),
  };
}

function person(el: Element | null): Mailbox | null {
  const address = el?.getAttribute('email')?.trim();
  if (!el || !address) return null;
  return { name: el.getAttribute('name')?.trim() || plainText(el) || null, address };
}

function people(els: Iterable<Element>): Mailbox[] {
  return [...els].flatMap((el) => person(el) ?? []);
}

/**
 * The header line lists to and cc together; only the details table (present once Gmail has
 * rendered it) says which is which. Its labels are in the UI language: the ones we know are
 * matched, and without a usable table everyone counts as `to`.
 */
function recipients(message: Element): { to: Mailbox[]; cc: Mailbox[] } {
  const to: Mailbox[] = [];
  const cc: Mailbox[] = [];
  for (const row of message.querySelectorAll(S.detailsRow.css)) {
    const label = plainText(row.querySelector(gmailDetailsLabel)).toLowerCase().replace(/:$/, '');
    const list = TO_LABELS.has(label) ? to : CC_LABELS.has(label) ? cc : null;
    list?.push(...people(row.querySelectorAll(gmailDetailsPerson)));
  }
  if (to.length > 0 || cc.length > 0) return { to, cc };
  return { to: people(message.querySelectorAll(S.recipients.css)), cc: [] };
}

const TO_LABELS = new Set(['to', 'til', 'till', 'an']);
const CC_LABELS = new Set(['cc', 'kopi', 'kopia', 'kopie']);

/** Gmail's thread id: the legacy hex id (as the Gmail API uses), else the permanent id, else the URL. */
function threadId(subjectEl: Element, url: string): string | null {
  const fromPage = subjectEl.getAttribute('data-legacy-thread-id') || subjectEl.getAttribute('data-thread-perm-id');
  if (fromPage) return fromPage;
  // #inbox/FMfcgzQZTbLrXwmv…, #label/Kunder/FMfcgz…
  const hash = url.split('#')[1] ?? '';
  const last = hash.split('/').filter(Boolean).pop() ?? '';
  return /^[A-Za-z0-9_-]{16,}$/.test(last) ? last : null;
}
