import type { Context } from 'hono';
import type { Wording } from '../i18n/wording';
import { AppError } from './app-error';

/**
 * The 413 for a body over a limit, and the end of its connection. The unread rest of the body is
 * still arriving; @hono/node-server drains it for at most 500 ms or 64 MB and then destroys the
 * socket, so a keep-alive answer would leave the client's next request on a dead connection.
 * `Connection: close` tells the client not to reuse it, and Node closes it once the answer is out.
 */
export function bodyTooLarge(c: Context, message: Wording): AppError {
  c.header('Connection', 'close');
  return new AppError(413, 'tooLarge', message);
}
