import { browser } from '#imports';
import type { EmailToLog } from '../webmail/email-to-log';
import type { PersonCard } from '../webmail/people-lookup';

/**
 * Everything content scripts and pages ask the background, and what it answers. Content scripts
 * never open IndexedDB themselves; they go through these messages.
 */
export type Requests = {
  'sync.kick': { request: Record<string, never>; response: { ok: true } };
  /** The webmail sidebar's participants, looked up in the cache, and whether the open message is logged. */
  'webmail.people': {
    request: { people: { address: string; name: string | null }[]; messageKey: string | null };
    response: { people: PersonCard[]; logged: boolean };
  };
  /** "Log e-mail": the open message on these contacts and companies, through the outbox. */
  'webmail.log': { request: { email: EmailToLog; contactIds: string[]; companyIds: string[] }; response: { id: string } };
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

/** Registers the background's handlers; unknown messages are left for other listeners. */
export function handleRequests(handlers: Handlers) {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    const envelope = message as Partial<Envelope>;
    if (!envelope?.type || !Object.hasOwn(handlers, envelope.type)) return false;
    const handler = handlers[envelope.type] as (p: unknown) => Promise<unknown>;
    handler(envelope.payload).then(sendResponse, (err: unknown) => sendResponse({ error: String(err) }));
    return true;
  });
}
