import type { InStatement } from '@libsql/client';
import { hashToken, newToken } from '../auth/tokens';
import type { Deps } from '../deps';

/** What a link's token looks like: 32 random bytes in base64url (256 bits, 43 characters). */
export const UNSUBSCRIBE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const unsubscribeUrl = (publicUrl: string, token: string) => `${publicUrl}/unsubscribe/${token}`;

/**
 * A fresh random token for each message about to be sent, its SHA-256 stored on the recipient row
 * before anything goes out, so every link that leaves works and the database never holds a usable one.
 * A message sent again after a crash gets a new token; the copy that may have gone before it then
 * has a dead link, and the later copy a working one.
 */
export async function mintUnsubscribeTokens(deps: Deps, recipientIds: string[]): Promise<Map<string, string>> {
  const tokens = new Map(recipientIds.map((id) => [id, newToken()]));
  if (tokens.size === 0) return tokens;
  const statements: InStatement[] = [...tokens].map(([id, token]) => ({
    sql: 'update mailing_recipients set unsubscribe_token_hash = ? where id = ?',
    args: [hashToken(token), id],
  }));
  await deps.writeLock.run(() => deps.client.batch(statements, 'write'));
  return tokens;
}
