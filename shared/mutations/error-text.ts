import type { EntityName } from '../entities/tables';
import english from '../i18n/catalogues/errors/en';
import type { Messages } from '../i18n/messages';
import { translator, type MessageValues } from '../i18n/translator';

/** A key of the errors catalogue: every error a client reads is one of these. */
export type ErrorKey = keyof typeof english;

/**
 * An error message before it has a language: its key and values. A value may itself be an error
 * text (an entity's name), written in the same language as the message around it.
 */
export type ErrorText = { key: ErrorKey; values?: Record<string, string | number | ErrorText> };

/** Any translator that knows the errors keys: a page's whole catalogue, or the background's few features. */
type ErrorTranslate = (key: ErrorKey, values?: MessageValues) => string;

export function errorText(t: ErrorTranslate, text: ErrorText): string {
  if (!text.values) return t(text.key);
  const values = Object.entries(text.values).map(([name, v]) => [name, typeof v === 'object' ? errorText(t, v) : v]);
  return t(text.key, Object.fromEntries(values));
}

// Only the errors feature: this file runs in the extension too, which loads the rest per language.
const t = translator('en', english as unknown as Messages);

/** Whether a message (a zod issue's, say) is a key of the errors catalogue rather than words. */
export const isErrorKey = (message: string): message is ErrorKey => Object.hasOwn(english, message);

/** The English text, for logs, `Error.message` and callers that show it as is. */
export const inEnglish = (text: ErrorText) => errorText(t, text);

/** A record type as error messages name it. */
export const entityText = (entity: EntityName): ErrorText => ({ key: `errors.entity.${entity}` });

/** `company 0190… not found`: the record does not exist here, or the caller may not see it. */
export const recordNotFound = (entity: EntityName, id: string): ErrorText => ({
  key: 'errors.record.notFound',
  values: { entity: entityText(entity), id },
});

/** `no live company 0190… in this workspace`: a link to a record that is gone or never was. */
export const noLiveRecord = (entity: EntityName, id: string): ErrorText => ({
  key: 'errors.record.noLive',
  values: { entity: entityText(entity), id },
});
