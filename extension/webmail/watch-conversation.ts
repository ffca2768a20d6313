import type { ContentScriptContext } from '#imports';
import type { Conversation } from './conversation';
import type { WebmailHost } from './webmail-host';

/**
 * How often the page is read while it keeps changing. The first change after a quiet spell is
 * read at once (the sidebar has 150 ms to appear); webmail re-renders in bursts and sometimes
 * never stops (clocks, hover cards), so after that at most once per this many milliseconds.
 */
const READ_EVERY_MS = 40;

/** One user-visible behaviour on an open conversation; runs until `signal` aborts. */
export type ConversationFeature = {
  name: string;
  start(conversation: Conversation, signal: AbortSignal): void | Promise<void>;
};

/**
 * Runs the features on the host's open conversation. Webmail is a single-page app that re-renders
 * constantly: the page is read again as it changes, and when the open conversation changes
 * (another one, or none) the running features are aborted and started afresh. A page we cannot
 * read shows nothing and warns once; a failing feature is reported, never thrown into the page.
 */
export function watchConversation(ctx: ContentScriptContext, host: WebmailHost, features: ConversationFeature[]) {
  let openKey: string | null = null;
  let running: AbortController | null = null;
  let warned = false;
  let timer: number | undefined;

  const update = () => {
    const conversation = host.readConversation(document, location.href);
    const key = conversation && conversationKey(conversation);
    if (key === openKey) return;
    openKey = key;
    running?.abort();
    running = null;
    if (!conversation) {
      if (!warned && host.isAppPage(document)) {
        warned = true;
        console.warn(`Fjord: no ${host.name} conversation found on this page; the sidebar stays hidden.`);
      }
      return;
    }
    running = new AbortController();
    for (const feature of features) start(feature, conversation, running.signal);
  };
  let lastRead = 0;
  const schedule = () => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastRead + READ_EVERY_MS - performance.now());
    timer = ctx.setTimeout(() => {
      timer = undefined;
      lastRead = performance.now();
      update();
    }, wait);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    running?.abort();
  });
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  update();
}

function start(feature: ConversationFeature, conversation: Conversation, signal: AbortSignal) {
  const report = (err: unknown) => console.warn(`Fjord: ${feature.name} failed:`, err);
  try {
    void Promise.resolve(feature.start(conversation, signal)).catch(report);
  } catch (err) {
    report(err);
  }
}

/** Same key, same conversation as far as the features care: its thread, subject and messages. */
export const conversationKey = (c: Conversation) =>
  `${c.threadId ?? ''}|${c.subject}|${c.messages.map((m) => m.messageKey).join(',')}`;
