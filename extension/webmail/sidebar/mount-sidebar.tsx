import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { startExtensionLanguage } from '../../ui/i18n/extension-language';
import type { Conversation } from '../conversation';
import { WebmailSidebar } from './webmail-sidebar';

export type SidebarProps = { conversation: Conversation; accountAddresses: string[]; initiallyOpen: boolean };

/**
 * The sidebar in a shadow root of its own (host CSS and shortcuts stay untouched), torn down with
 * the content script. `show` renders it for a conversation (a new conversation starts fresh);
 * `hide` removes it.
 */
export async function mountSidebar(ctx: ContentScriptContext) {
  let root: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'fjord-sidebar',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount: (container) => {
      root = container;
    },
    onRemove: () => {
      if (root) render(null, root);
      root = null;
    },
  });
  // The sidebar's `lang` sits on its own container: the webmail page's language is not ours to change.
  await startExtensionLanguage(ui.uiContainer);
  return {
    show({ conversation, accountAddresses, initiallyOpen }: SidebarProps, key: string) {
      if (!root) ui.mount();
      render(
        <WebmailSidebar
          key={key}
          conversation={conversation}
          accountAddresses={accountAddresses}
          initiallyOpen={initiallyOpen}
        />,
        root!,
      );
    },
    hide() {
      if (root) ui.remove();
    },
  };
}
