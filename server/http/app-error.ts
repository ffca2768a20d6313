import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { I18n } from '../../shared/i18n/i18n';
import { i18nFor } from '../i18n/server-i18n';
import { inLanguage, type Wording } from '../i18n/wording';

export type ErrorIssue = { path: (string | number)[]; message: Wording };

export type ErrorBody = { error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] } };

/**
 * An error with an HTTP status, answered in the one error shape by `app.onError` in the reader's
 * language. Its `message` is the English one, for logs and tests.
 */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly wording: Wording,
    readonly issues?: ErrorIssue[],
  ) {
    super(inLanguage(i18nFor('en'), wording));
    this.name = 'AppError';
  }

  toBody(i18n: I18n): ErrorBody {
    const issues = this.issues?.map((i) => ({ path: i.path, message: inLanguage(i18n, i.message) }));
    return { error: { code: this.code, message: inLanguage(i18n, this.wording), ...(issues && { issues }) } };
  }
}

/** An error blamed on one field, `field: what is wrong`, with the field as its one issue. */
export function fieldError(status: ContentfulStatusCode, code: string, field: string, problem: Wording): AppError {
  return new AppError(status, code, (i18n) => `${field}: ${inLanguage(i18n, problem)}`, [{ path: [field], message: problem }]);
}
