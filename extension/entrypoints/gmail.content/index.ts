import { defineContentScript } from '#imports';
import '../../webmail/sidebar/webmail-sidebar.css';
import { startSidebarFeature } from '../../webmail/gmail/sidebar-feature';

// The test build adds http://127.0.0.1/* to these matches (wxt.config.ts), for saved Gmail pages.
export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  cssInjectionMode: 'ui',
  main(ctx) {
    void startSidebarFeature(ctx);
  },
});
