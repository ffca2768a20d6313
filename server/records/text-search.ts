import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../db/client';

/**
 * An FTS5 phrase for the trigram indexes (migration 0004): the user's text taken literally. The
 * trigram tokenizer needs at least three characters; shorter input gets `null` and callers fall
 * back to LIKE, which is fast enough on the few rows such a short prefix narrows nothing down to.
 */
export function ftsPhrase(text: string): string | null {
  const trimmed = text.trim();
  return [...trimmed].length >= 3 ? `"${trimmed.replace(/"/g, '""')}"` : null;
}

/** The rowids of `table` whose search text contains `phrase` (an ftsPhrase), as a SELECT. */
export function ftsRowids(table: 'contacts' | 'companies', phrase: string): SQL {
  return sql`select rowid from ${sql.raw(`"${table}_fts"`)} where ${sql.raw(`"${table}_fts"`)} match ${phrase}`;
}

/** Rows of `table` whose search text contains `phrase` (an ftsPhrase). */
export function ftsMatch(table: 'contacts' | 'companies', phrase: string, rowid: SQL = sql.raw(`"${table}"."rowid"`)): SQL {
  return sql`${rowid} in (${ftsRowids(table, phrase)})`;
}

/**
 * Above this many matches, a page is cheapest found by walking the list's sort index and keeping
 * the rows that match (one page needs few of them). Below it, looking the matches up by rowid and
 * sorting them is cheaper, because the walk would pass most of the table before it fills a page.
 * Measured on 200,000 contacts: sorting 3,000 matches costs about what walking 60,000 rows does.
 */
export const BROAD_MATCH = 3000;

/**
 * How the matches of these rowid SELECTs are best paged: the SELECTs that found anything (an empty
 * one is a wasted probe on every row a walk passes) and whether together they pass BROAD_MATCH.
 * Counting stops at BROAD_MATCH in each SELECT, so this costs little however broad the match.
 */
export async function matchPlan(db: DbOrTx, rowids: SQL[]): Promise<{ rowids: SQL[]; broad: boolean }> {
  if (rowids.length === 0) return { rowids, broad: false };
  const counts = sql.join(
    rowids.map((r, i) => sql`(select count(*) from (${r} limit ${BROAD_MATCH + 1})) as ${sql.raw(`n${i}`)}`),
    sql`, `,
  );
  const [row] = await db.all<Record<string, number>>(sql`select ${counts}`);
  const found = rowids.map((_, i) => Number(row?.[`n${i}`] ?? 0));
  return {
    rowids: rowids.filter((_, i) => found[i]! > 0),
    broad: found.reduce((a, b) => a + b, 0) > BROAD_MATCH,
  };
}
