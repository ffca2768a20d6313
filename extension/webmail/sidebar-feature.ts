import type { ContentScriptContext } from '#imports';
import { sidebarOpenItem } from '../settings/webmail-settings';
import { mountSidebar } from './sidebar/mount-sidebar';
import { conversationKey, type ConversationFeature } from './watch-conversation';
import type { WebmailHost } from './webmail-host';

/**
 * The participants sidebar beside an open conversation, on either host. Mounted once per content
 * script, shown for each conversation, and removed when the conversation closes (the watcher
 * aborts) or the script's context ends.
 */
export function sidebarFeature(ctx: ContentScriptContext, host: WebmailHost): ConversationFeature {
  const sidebar = mountSidebar(ctx);
  return {
    name: 'sidebar',
    async start(conversation, signal) {
      const [ui, initiallyOpen] = await Promise.all([sidebar, sidebarOpenItem.getValue()]);
      if (signal.aborted || ctx.isInvalid) return;
      ui.show({ conversation, accountAddresses: host.accountAddresses(document), initiallyOpen }, conversationKey(conversation));
      signal.addEventListener('abort', () => ui.hide(), { once: true });
    },
  };
}
