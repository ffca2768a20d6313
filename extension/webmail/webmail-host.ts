import type { Conversation } from './conversation';

/**
 * What the webmail features need from a host page. Gmail and Outlook differ only in how the open
 * conversation is read; the features (sidebar, logging) are the same on both.
 */
export type WebmailHost = {
  name: Conversation['host'];
  /** The open conversation, or null when the page shows none (or none we can read). */
  readConversation(doc: Document, url: string): Conversation | null;
  /** Whether the page is the webmail app itself, so a missing conversation may mean changed markup. */
  isAppPage(doc: Document): boolean;
  /** The signed-in account's addresses as the page names them. */
  accountAddresses(doc: Document): string[];
};
