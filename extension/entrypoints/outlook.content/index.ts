import { defineContentScript } from '#imports';
import '../../webmail/sidebar/webmail-sidebar.css';
import { outlookHost } from '../../webmail/outlook/outlook-host';
import { sidebarFeature } from '../../webmail/sidebar-feature';
import { watchConversation } from '../../webmail/watch-conversation';

// The test build also matches the saved Outlook pages served from 127.0.0.1 (wxt.config.ts).
export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    watchConversation(ctx, outlookHost, [sidebarFeature(ctx, outlookHost)]);
  },
});
