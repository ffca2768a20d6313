import type { EmailLogFields } from '../../shared/entities/email-log';
import { snippetOf } from '../../shared/mail/snippet';
import type { Conversation } from './conversation';

/** What the sidebar sends to be logged: the message, without the links the background adds. */
export type EmailToLog = Omit<EmailLogFields, 'contactIds' | 'companyIds'>;

/**
 * The newest message of the conversation as a logged e-mail: a snippet of its text (never the
 * whole body), participants as the page shows them, the webmail's ids.
 */
export function emailToLog(conversation: Conversation): EmailToLog | null {
  const message = conversation.messages[conversation.messages.length - 1];
  if (!message) return null;
  const sentAt = message.date ? Date.parse(message.date) : NaN;
  return {
    messageKey: message.messageKey,
    threadId: conversation.threadId,
    subject: conversation.subject,
    sentAt: Number.isNaN(sentAt) ? null : sentAt,
    from: message.from,
    to: message.to,
    cc: message.cc,
    snippet: snippetOf(message.text),
    body: null,
    source: conversation.host,
  };
}
