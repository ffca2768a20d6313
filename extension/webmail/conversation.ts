/**
 * The open webmail conversation as the sidebar reads it (issue 4), the same shape for Gmail and
 * Outlook. Everything here comes from an untrusted page: values are plain strings read with
 * `textContent` / `getAttribute`, never HTML.
 */
export type Mailbox = { name: string | null; address: string };

export type ConversationMessage = {
  /** Message-ID when the page shows one, else the webmail's stable id for the message. */
  messageKey: string;
  from: Mailbox;
  to: Mailbox[];
  cc: Mailbox[];
  /** ISO 8601 when the page's date could be read unambiguously, else null. */
  date: string | null;
  /** Body text, one line per `<br>` or block, quoted history and signature included (see `bodyText`). */
  text: string;
};

export type Conversation = {
  host: 'gmail' | 'outlook';
  threadId: string | null;
  subject: string;
  messages: ConversationMessage[];
};

/** Everyone in the conversation (from, to, cc), each address once, the user's own left out. */
export function participants(conversation: Conversation, ownAddresses: string[]): Mailbox[] {
  const seen = new Set(ownAddresses.map((a) => a.trim().toLowerCase()));
  const out: Mailbox[] = [];
  for (const m of conversation.messages) {
    for (const person of [m.from, ...m.to, ...m.cc]) {
      const key = person.address.trim().toLowerCase();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      out.push(person);
    }
  }
  return out;
}

/** Text of an element with runs of whitespace (including the hosts' U+202F and NBSP) collapsed. */
export function plainText(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

const BLOCKS = new Set([
  'ADDRESS',
  'BLOCKQUOTE',
  'DIV',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HR',
  'LI',
  'P',
  'PRE',
  'TABLE',
  'TR',
]);
/**
 * The text of a message body with its line structure kept (signature and reply-header parsing
 * need lines), the way a browser lays it out: a line break per `<br>`, and block elements start
 * and end lines without adding empty ones, so Gmail's `<div><br></div>` is one empty line and a
 * `<br>` that ends a block adds none. Text nodes only; nothing is ever parsed as HTML.
 */
export function bodyText(el: Element | null | undefined): string {
  if (!el) return '';
  const lines: string[] = [];
  let line = '';
  const endLine = () => {
    lines.push(line);
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) line += (node.nodeValue ?? '').replace(/\n/g, ' ');
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'BR') return endLine();
    const block = BLOCKS.has(tag);
    if (block && line.trim()) endLine();
    node.childNodes.forEach(walk);
    if (block && line.trim()) endLine();
  };
  walk(el);
  if (line.trim()) endLine();
  return lines
    .map((l) => l.replace(/[ \t\r\f\v\u00a0\u202f]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * A date as webmail shows it ("Tue, Mar 4, 2025, 10:12 AM", "Tue 3/4/2025 10:12 AM") to ISO, read
 * in the browser's time zone, which is the one the page rendered it in. Day-first numeric dates
 * ("4.3.2025") are refused rather than guessed: `Date` would read them month-first.
 */
export function webmailDateToIso(raw: string | null | undefined): string | null {
  const text = (raw ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  if (!text || /\d{1,2}\.\d{1,2}\.\d{2,4}/.test(text)) return null;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/**
 * A selector of a host page and the saved fixture pages it must match, with how many elements
 * (style rule 13; tests/extension/webmail/selectors.test.ts checks them).
 */
export type HostSelector = { css: string; fixtures: Readonly<Record<string, number>> };
