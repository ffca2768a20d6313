import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { MutationError } from '../../shared/mutations/mutation-error';
import { AppError } from './app-error';
import { logFailure } from './error-summary';

const reasonStatus = { invalid: 400, forbidden: 403, notFound: 404, conflict: 409 } as const;

/** Maps anything thrown in a handler to `{ error: { code, message, issues? } }`. */
export function onError(err: Error, c: Context) {
  if (err instanceof AppError) return c.json(err.toBody(), err.status);
  if (err instanceof MutationError) {
    const issues = err.field ? { issues: [{ path: [err.field], message: err.detail }] } : {};
    return c.json({ error: { code: err.reason, message: err.message, ...issues } }, reasonStatus[err.reason]);
  }
  if (err instanceof HTTPException) {
    const status = err.status;
    const code = status === 413 ? 'tooLarge' : status === 400 ? 'malformed' : 'http';
    const message = status === 400 && /json/i.test(err.message) ? 'Malformed JSON in request body' : err.message;
    return c.json({ error: { code, message: message || 'Request failed' } }, status);
  }
  // Never the error itself: a failed query's message carries its parameters (hashes, tokens, e-mails).
  logFailure(`${c.req.method} ${c.req.path} failed`, err);
  return c.json({ error: { code: 'internal', message: 'Internal server error' } }, 500);
}
