import { sql, type SQL } from 'drizzle-orm';

/**
 * An FTS5 phrase for the trigram indexes (migration 0004): the user's text taken literally. The
 * trigram tokenizer needs at least three characters; shorter input gets `null` and callers fall
 * back to LIKE, which is fast enough on the few rows such a short prefix narrows nothing down to.
 */
export function ftsPhrase(text: string): string | null {
  const trimmed = text.trim();
  return [...trimmed].length >= 3 ? `"${trimmed.replace(/"/g, '""')}"` : null;
}

/** Rows of `table` whose search text contains `phrase` (an ftsPhrase). */
export function ftsMatch(table: 'contacts' | 'companies', phrase: string, rowid: SQL = sql.raw(`"${table}"."rowid"`)): SQL {
  return sql`${rowid} in (select rowid from ${sql.raw(`"${table}_fts"`)} where ${sql.raw(`"${table}_fts"`)} match ${phrase})`;
}
