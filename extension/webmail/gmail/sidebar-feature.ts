import type { ContentScriptContext } from '#imports';
import { ask } from '../../messaging/messages';
import { participants, type Conversation } from '../conversation';
import { emailToLog } from '../email-to-log';
import { mountSidebar, type SidebarView } from '../sidebar/mount-sidebar';
import { readConversation } from './read-conversation';
import { gmailAccount } from './selectors';

/** How long the page must stay still before it is read again: Gmail re-renders in bursts. */
const SETTLE_MS = 150;

/**
 * The participants sidebar on an open Gmail conversation. Gmail is a single-page app that
 * re-renders all the time: the page is read again when it settles, and the sidebar follows the
 * conversation (or goes away). Stops with the content script's context.
 */
export async function startSidebarFeature(ctx: ContentScriptContext) {
  const sidebar = await mountSidebar(ctx);
  let shown: string | null = null;
  let warned = false;
  let timer: number | undefined;

  const update = async () => {
    const conversation = readConversation(document, location.href);
    if (!conversation) {
      if (!warned && document.querySelector('div[role="main"]')) {
        warned = true;
        console.warn('Fjord: no Gmail conversation found on this page; the sidebar stays hidden.');
      }
      shown = null;
      sidebar.hide();
      return;
    }
    const key = conversationKey(conversation);
    if (key === shown) return;
    shown = key;
    const people = participants(conversation, ownAddresses());
    const email = emailToLog(conversation);
    let view: SidebarView = { subject: conversation.subject, people: null, error: null, logged: false, onLog: async () => null };
    const render = (patch: Partial<SidebarView>) => {
      view = { ...view, ...patch };
      if (shown === key && !ctx.isInvalid) sidebar.show(view);
    };
    view.onLog = async () => {
      const known = (view.people ?? []).filter((p) => p.contact);
      if (!email || known.length === 0) return 'No one here is in Fjord yet.';
      try {
        await ask('webmail.log', {
          email,
          contactIds: known.map((p) => p.contact!.id),
          companyIds: [...new Set(known.flatMap((p) => p.companies.slice(0, 1).map((c) => c.id)))],
        });
        render({ logged: true });
        return null;
      } catch (err) {
        return `Not logged: ${err instanceof Error ? err.message : String(err)}`;
      }
    };
    render({});
    try {
      const answer = await ask('webmail.people', { people, messageKey: email?.messageKey ?? null });
      render({ people: answer.people, logged: answer.logged });
    } catch (err) {
      render({ error: `Fjord is not reachable: ${err instanceof Error ? err.message : String(err)}` });
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void update(), SETTLE_MS);
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  schedule();
}

const conversationKey = (c: Conversation) => `${c.threadId ?? ''}|${c.subject}|${c.messages.map((m) => m.messageKey).join(',')}`;

/** The signed-in account's address, left out of the participants. */
function ownAddresses(): string[] {
  const label = document.querySelector(gmailAccount.css)?.getAttribute('aria-label') ?? '';
  const match = /\(([^()\s]+@[^()\s]+)\)/.exec(label);
  return match ? [match[1]!.toLowerCase()] : [];
}
