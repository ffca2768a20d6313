import { defineContentScript } from '#imports';
import '../../webmail/sidebar/webmail-sidebar.css';
import { gmailHost } from '../../webmail/gmail/gmail-host';
import { sidebarFeature } from '../../webmail/sidebar-feature';
import { watchConversation } from '../../webmail/watch-conversation';

// The test build also matches the saved Gmail pages served from 127.0.0.1 (wxt.config.ts).
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    watchConversation(ctx, gmailHost, [sidebarFeature(ctx, gmailHost)]);
  },
});
