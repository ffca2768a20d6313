import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { MutationError } from '../../shared/mutations/mutation-error';
import { i18nFor } from '../i18n/server-i18n';
import { mutationDetail, mutationMessage } from '../i18n/wording';
import { AppError } from './app-error';
import { logFailure } from './error-summary';
import { requestLanguage } from './request-language';

const reasonStatus = { invalid: 400, forbidden: 403, notFound: 404, conflict: 409 } as const;

/** Maps anything thrown in a handler to `{ error: { code, message, issues? } }`, in the reader's language. */
export function onError(err: Error, c: Context) {
  const i18n = i18nFor(requestLanguage(c));
  if (err instanceof AppError) return c.json(err.toBody(i18n), err.status);
  if (err instanceof MutationError) {
    const issues = err.field ? { issues: [{ path: [err.field], message: mutationDetail(i18n, err) }] } : {};
    return c.json({ error: { code: err.reason, message: mutationMessage(i18n, err), ...issues } }, reasonStatus[err.reason]);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? 'tooLarge' : status === 400 ? 'malformed' : 'http';
    const json = status === 400 && /json/i.test(err.message);
    const message = json ? i18n.t('errors.http.malformedJson') : err.message || i18n.t('errors.http.failed');
    return c.json({ error: { code, message } }, status);
  }
  // Never the error itself: a failed query's message carries its parameters (hashes, tokens, e-mails).
  logFailure(`${c.req.method} ${c.req.path} failed`, err);
  return c.json({ error: { code: 'internal', message: i18n.t('errors.http.internal') } }, 500);
}
