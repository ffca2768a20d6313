import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { WebmailSidebar } from './webmail-sidebar';
import type { PersonCard } from '../people-lookup';

export type SidebarView = {
  subject: string;
  people: PersonCard[] | null;
  error: string | null;
  logged: boolean;
  onLog: () => Promise<string | null>;
};

/**
 * The sidebar in a shadow root of its own (host CSS and shortcuts stay untouched), torn down with
 * the content script. `show` re-renders it for the open conversation; `hide` removes it.
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
  return {
    show(view: SidebarView) {
      if (!root) ui.mount();
      render(
        <WebmailSidebar subject={view.subject} people={view.people} error={view.error} logged={view.logged} onLog={view.onLog} />,
        root!,
      );
    },
    hide() {
      if (root) ui.remove();
    },
  };
}
