import type { WebmailHost } from '../webmail-host';
import { readConversation } from './read-conversation';
import { gmailAccount } from './selectors';

export const gmailHost: WebmailHost = {
  name: 'gmail',
  readConversation,
  isAppPage: (doc) => doc.querySelector('div[role="main"]') !== null,
  accountAddresses(doc) {
    // "Google Account: Name (address)"
    const label = doc.querySelector(gmailAccount.css)?.getAttribute('aria-label') ?? '';
    const match = /\(([^()\s]+@[^()\s]+)\)/.exec(label);
    return match ? [match[1]!.toLowerCase()] : [];
  },
};
