/**
 * Reads the open Outlook on the web conversation (outlook.office.com, outlook.office365.com,
 * outlook.live.com) from the page (issue 4). Pure DOM; only `textContent` and attributes are read.
 */
import { parseAddressList } from '../../../shared/mail/parse-address-list';
import {
  bodyText,
  plainText,
  webmailDateToIso,
  type Conversation,
  type ConversationMessage,
  type Mailbox,
} from '../conversation';
import { outlookPersonaInLine, outlookSelectors as S } from './selectors';

/** The open conversation, or null when the page has no reading pane with a message (the caller warns once). */
export function readConversation(doc: Document, url: string): Conversation | null {
  try {
    const pane = doc.querySelector(S.readingPane.css);
    const subjectEl = pane?.querySelector(S.subject.css);
    if (!pane || !subjectEl) return null;
    const thread = threadId(doc, url);
    const messages = [...pane.querySelectorAll(S.from.css)].flatMap((fromEl) => readMessage(fromEl, thread) ?? []);
    if (messages.length === 0) return null;
    const subject = subjectEl.querySelector('[title]')?.getAttribute('title')?.trim() || plainText(subjectEl);
    return { host: 'outlook', threadId: thread, subject, messages };
  } catch {
    // A host page we do not understand must never break: the caller shows nothing.
    return null;
  }
}

function readMessage(fromEl: Element, thread: string | null): ConversationMessage | null {
  const from = persona(fromEl);
  if (!from) return null;
  const root = messageRoot(fromEl);
  const rawDate = plainText(root.querySelector(S.date.css));
  const date = webmailDateToIso(rawDate);
  return {
    // The reading pane shows no Message-ID and its element ids are per render, so the key is
    // built from what stays the same: the conversation, the time and the sender.
    messageKey: `${thread ?? 'outlook'}/${date ?? rawDate}/${from.address.toLowerCase()}`,
    from,
    to: line(root, S.toLine.css),
    cc: line(root, S.ccLine.css),
    date,
    text: bodyText(root.querySelector(S.body.css)),
  };
}

/** The largest ancestor of a From line that holds no other message's From line. */
function messageRoot(fromEl: Element): Element {
  let root = fromEl;
  while (root.parentElement && root.parentElement.querySelectorAll(S.from.css).length === 1) root = root.parentElement;
  return root;
}

function line(root: Element, css: string): Mailbox[] {
  const el = root.querySelector(css);
  return el ? [...el.querySelectorAll(outlookPersonaInLine)].flatMap((p) => persona(p) ?? []) : [];
}

/**
 * One person from a persona element: the address from a `title` or from "Name<address>" text,
 * the name from the visible text. Outlook leaves the address out for some people in the same
 * organisation; those are skipped (no address, nothing to link).
 */
function persona(el: Element): Mailbox | null {
  const text = plainText(el);
  const candidates = [el, ...el.querySelectorAll('[title]')].map((e) => e.getAttribute('title') ?? '').concat(text);
  const parsed = candidates.flatMap((c) => parseAddressList(c));
  const address = parsed.find((p) => p.address.includes('@'))?.address;
  if (!address) return null;
  const name = text && !text.includes(address) ? text : (parsed.find((p) => p.address === address && p.name)?.name ?? null);
  return { name, address };
}

/** The selected conversation's id in the message list, else the item id in the URL (`/mail/inbox/id/<id>`). */
function threadId(doc: Document, url: string): string | null {
  const selected = doc.querySelector(S.selectedConversation.css)?.getAttribute('data-convid');
  if (selected) return selected;
  const match = /\/id\/([^/?#]+)/.exec(url);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
