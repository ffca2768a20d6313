import { storage } from '#imports';

/** The user's webmail choices (issue 4); records stay in Dexie, choices in extension storage. */
export type WebmailSettings = {
  /** Log conversations with known contacts as they are opened; off until the user says so. */
  autoLog: boolean;
  /** Addresses and domains never logged, whoever else is in the conversation (shared/mail/address-rules.ts). */
  neverLog: string[];
  /** The user's own addresses besides the Fjord login and the webmail account: left out of the sidebar. */
  ownAddresses: string[];
};

export const DEFAULT_WEBMAIL_SETTINGS: WebmailSettings = { autoLog: false, neverLog: [], ownAddresses: [] };

export const webmailSettingsItem = storage.defineItem<WebmailSettings>('local:webmailSettings', {
  fallback: DEFAULT_WEBMAIL_SETTINGS,
});

/** Whether the sidebar is open (not collapsed); the same on every conversation and host. */
export const sidebarOpenItem = storage.defineItem<boolean>('local:sidebarOpen', { fallback: true });
