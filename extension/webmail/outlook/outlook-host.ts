import type { WebmailHost } from '../webmail-host';
import { readConversation } from './read-conversation';
import { outlookAccount } from './selectors';

export const outlookHost: WebmailHost = {
  name: 'outlook',
  readConversation,
  isAppPage: (doc) => doc.querySelector('[role="main"], #app') !== null,
  accountAddresses(doc) {
    return [...doc.querySelectorAll(outlookAccount.css)]
      .flatMap((el) => [el.getAttribute('title') ?? '', el.textContent ?? ''])
      .map((s) => s.trim().toLowerCase())
      .filter((s) => /^[^\s@]+@[^\s@]+$/.test(s));
  },
};
