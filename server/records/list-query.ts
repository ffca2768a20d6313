/** Keyset cursor: the sort key and tie-breaker (id or rowid) of the last row of the previous page, opaque to clients. */
export function encodeCursor(key: string | number, id: string): string {
  return Buffer.from(JSON.stringify([key, id])).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): [string | number, string] | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      ['string', 'number'].includes(typeof value[0]) &&
      typeof value[1] === 'string'
    ) {
      return value as [string | number, string];
    }
  } catch {
    // fall through: a cursor we did not make
  }
  return null;
}

/** `%term%` for LIKE with the user's wildcards taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}
