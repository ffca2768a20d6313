/**
 * A position in a timeline, newest first: the time and a key that orders items of the same time
 * (`<kind>:<id>`; history lines as `history:<audit id>`, zero-padded). Opaque to clients.
 */
export type TimelineCursor = { at: number; key: string };

export function encodeCursor(cursor: TimelineCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.key])).toString('base64url');
}

export function decodeCursor(raw: string): TimelineCursor | null {
  try {
    const [at, key] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown[];
    return typeof at === 'number' && Number.isInteger(at) && typeof key === 'string' ? { at, key } : null;
  } catch {
    return null;
  }
}

/** Newest first; at the same time, the larger key first (the same order the SQL pages in). */
export const isBefore = (a: TimelineCursor, b: TimelineCursor) => a.at < b.at || (a.at === b.at && a.key < b.key);

export const historyKey = (auditId: number) => `history:${String(auditId).padStart(15, '0')}`;
