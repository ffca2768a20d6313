import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ErrorIssue = { path: (string | number)[]; message: string };

export type ErrorBody = { error: { code: string; message: string; issues?: ErrorIssue[] } };

/** An error with an HTTP status, answered in the one error shape by `app.onError`. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: ErrorIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toBody(): ErrorBody {
    return {
      error: { code: this.code, message: this.message, ...(this.issues && { issues: this.issues }) },
    };
  }
}
