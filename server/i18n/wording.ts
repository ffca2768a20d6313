import type { I18n } from '../../shared/i18n/i18n';
import { errorText, type ErrorText } from '../../shared/mutations/error-text';
import type { MutationError } from '../../shared/mutations/mutation-error';

/**
 * A message not yet in a language: an errors-catalogue key with its values, or a function that
 * words it (zod's own messages, a message around another one). The answer picks the language.
 */
export type Wording = ErrorText | ((i18n: I18n) => string);

export const inLanguage = (i18n: I18n, wording: Wording): string =>
  typeof wording === 'function' ? wording(i18n) : errorText(i18n.t, wording);

/** A mutation's refusal without the field's name; a client's own words stay as they are. */
export const mutationDetail = (i18n: I18n, err: MutationError): string =>
  typeof err.text === 'string' ? err.text : errorText(i18n.t, err.text);

/** A mutation's refusal as a sync push reports it: `field: what is wrong`. */
export function mutationMessage(i18n: I18n, err: MutationError): string {
  const detail = mutationDetail(i18n, err);
  return err.field ? `${err.field}: ${detail}` : detail;
}
