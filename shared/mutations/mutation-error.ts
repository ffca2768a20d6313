import type { RejectReason } from '../sync/protocol';
import type { Translate } from '../i18n/translator';
import { errorText, inEnglish, type ErrorText } from './error-text';

/**
 * A mutation that cannot apply; the reason (and the field, when one is to blame) reach the client.
 * `text` is what is wrong, without the field name: a key the server words in the reader's language,
 * or a string a client already wrote in its user's words (its own check of args before queueing).
 */
export class MutationError extends Error {
  /** What is wrong in English, without the field name. */
  readonly detail: string;

  constructor(
    readonly reason: RejectReason,
    readonly text: ErrorText | string,
    readonly field?: string,
  ) {
    const detail = typeof text === 'string' ? text : inEnglish(text);
    super(field ? `${field}: ${detail}` : detail);
    this.detail = detail;
    this.name = 'MutationError';
  }
}

/** What is wrong in the reader's words (`t` must know the errors keys), with the field when one is to blame. */
export function mutationErrorWords(t: Translate, err: MutationError): string {
  const detail = typeof err.text === 'string' ? err.text : errorText(t, err.text);
  return err.field ? `${err.field}: ${detail}` : detail;
}
