import { browser } from '#imports';
import type { NewContact } from '../webmail/add-contact';
import type { Mailbox } from '../webmail/conversation';
import type { EmailToLog } from '../webmail/email-to-log';
import type { QuickLog } from '../timeline/quick-log';
import type { PersonCard } from '../webmail/people-lookup';

/**
 * Everything content scripts and pages ask the background, and what it answers. Content scripts
 * never open IndexedDB themselves; they go through these messages.
 */
export type Requests = {
  'sync.kick': { request: Record<string, never>; response: { ok: true } };
  /**
   * The webmail sidebar's participants looked up in the cache (the user's own addresses left out),
   * whether the open message is logged (auto-logged just now, when the user asked for that), and
   * which participants are on the never-log list.
   */
  'webmail.people': {
    request: { people: Mailbox[]; email: EmailToLog | null };
    response: { people: PersonCard[]; logged: boolean; autoLogged: boolean; neverLogged: string[] };
  };
  /** "Log e-mail": the open message on these contacts and companies, through the outbox. */
  'webmail.log': { request: { email: EmailToLog; contactIds: string[]; companyIds: string[] }; response: { id: string } };
  /** "Add contact" for an unknown participant: contact, new company if any, and link, through the outbox. */
  'webmail.addContact': { request: NewContact; response: { contactId: string; companyId: string | null } };
  /** "Log call or note" (and a follow-up task) on a known person, through the outbox. */
  'webmail.quickLog': { request: QuickLog; response: { ok: true } };
  /** Opens the dashboard at a route (`#/contacts/<id>`): pages cannot open extension URLs themselves. */
  'dashboard.open': { request: { hash: string }; response: { ok: true } };
};

export type RequestType = keyof Requests;
export type Envelope<T extends RequestType = RequestType> = { type: T; payload: Requests[T]['request'] };

/** Asks the background; a handler that failed answers `{ error }`, which is thrown here. */
export async function ask<T extends RequestType>(type: T, payload: Requests[T]['request']): Promise<Requests[T]['response']> {
  const answer = (await browser.runtime.sendMessage({ type, payload } satisfies Envelope<T>)) as
    Requests[T]['response'] | { error: string };
  if (answer && typeof answer === 'object' && 'error' in answer) throw new Error(answer.error);
  return answer;
}

export type Handlers = { [T in RequestType]: (payload: Requests[T]['request']) => Promise<Requests[T]['response']> };

// The message alone: a screen shows it to the user, who has no use for an "Error: " prefix.
const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Registers the background's handlers; unknown messages are left for other listeners. */
export function handleRequests(handlers: Handlers) {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const envelope = message as Partial<Envelope>;
    if (!envelope?.type || !Object.hasOwn(handlers, envelope.type)) return false;
    const handler = handlers[envelope.type] as (p: unknown) => Promise<unknown>;
    handler(envelope.payload).then(sendResponse, (err: unknown) => sendResponse({ error: messageOf(err) }));
    return true;
  });
}
