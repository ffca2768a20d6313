import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { SIMILAR_NAME, nameKey, nameSimilarity } from '../../shared/duplicates/name-similarity';
import type { DbOrTx } from '../db/client';
import { companies, contacts, merges } from '../db/schema';

export type DuplicateReason = 'orgNumber' | 'domain' | 'email' | 'phone' | 'name';
export type DuplicatePair = {
  a: { id: string; name: string };
  b: { id: string; name: string };
  reasons: DuplicateReason[];
  score: number;
};

type Named = { id: string; name: string };
type Groups = Map<DuplicateReason, Named[][]>;

/** Names that differ only in spacing or legal form share a block; close spellings are compared within blocks. */
const BLOCK_SIZE_LIMIT = 50;

function namePairs(rows: Named[], add: (a: Named, b: Named, reason: DuplicateReason, similarity: number) => void) {
  const blocks = new Map<string, Named[]>();
  for (const row of rows) {
    const key = nameKey(row.name).replace(/ /g, '');
    if (key.length < 3) continue;
    const block = key.slice(0, 4);
    blocks.set(block, [...(blocks.get(block) ?? []), row]);
  }
  for (const block of blocks.values()) {
    if (block.length < 2 || block.length > BLOCK_SIZE_LIMIT) continue;
    for (let i = 0; i < block.length; i++)
      for (let j = i + 1; j < block.length; j++) {
        const similarity = nameSimilarity(block[i]!.name, block[j]!.name);
        if (similarity >= SIMILAR_NAME) add(block[i]!, block[j]!, 'name', similarity);
      }
  }
}

/**
 * Likely duplicate pairs in the workspace, strongest first: the same org number, domain, e-mail or
 * phone, and very similar names. Pairs whose merge was undone are left out: someone said they differ.
 */
export async function findDuplicatePairs(db: DbOrTx, workspaceId: string, entity: 'company' | 'contact', limit: number) {
  const pairs = new Map<string, DuplicatePair>();
  const add = (a: Named, b: Named, reason: DuplicateReason, similarity = 0) => {
    const [x, y] = a.id < b.id ? [a, b] : [b, a];
    const key = `${x.id}|${y.id}`;
    const pair = pairs.get(key) ?? { a: x, b: y, reasons: [], score: 0 };
    if (!pair.reasons.includes(reason)) {
      pair.reasons.push(reason);
      pair.score += reason === 'name' ? similarity : 1;
    }
    pairs.set(key, pair);
  };
  const groups: Groups = entity === 'company' ? await companyGroups(db, workspaceId) : await contactGroups(db, workspaceId);
  for (const [reason, list] of groups)
    for (const group of list) for (let i = 1; i < group.length && i <= 20; i++) add(group[0]!, group[i]!, reason);
  namePairs(await liveNames(db, workspaceId, entity), add);

  const undone = await db
    .select({ a: merges.survivorId, b: merges.mergedId })
    .from(merges)
    .where(and(eq(merges.workspaceId, workspaceId), eq(merges.entity, entity), isNotNull(merges.undoneAt)));
  for (const u of undone) pairs.delete(u.a < u.b ? `${u.a}|${u.b}` : `${u.b}|${u.a}`);
  return [...pairs.values()].sort((p, q) => q.score - p.score || p.a.name.localeCompare(q.a.name)).slice(0, limit);
}

async function liveNames(db: DbOrTx, workspaceId: string, entity: 'company' | 'contact'): Promise<Named[]> {
  if (entity === 'company') {
    return db
      .select({ id: companies.id, name: companies.name })
      .from(companies)
      .where(and(eq(companies.workspaceId, workspaceId), isNull(companies.deletedAt)));
  }
  return db
    .select({ id: contacts.id, name: sql<string>`trim(${contacts.firstName} || ' ' || coalesce(${contacts.lastName}, ''))` })
    .from(contacts)
    .where(and(eq(contacts.workspaceId, workspaceId), isNull(contacts.deletedAt)));
}

/** Rows sharing a value, grouped in SQL so only the duplicates come back. */
async function sameValue(
  db: DbOrTx,
  table: typeof companies | typeof contacts,
  name: ReturnType<typeof sql>,
  value: ReturnType<typeof sql>,
  workspaceId: string,
) {
  const rows = await db
    .select({ id: table.id, name: sql<string>`${name}`, value: sql<string>`${value}` })
    .from(table)
    .where(
      and(
        eq(table.workspaceId, workspaceId),
        isNull(table.deletedAt),
        sql`${value} is not null and ${value} <> ''`,
        sql`${value} in (select ${value} from ${table} where ${table.workspaceId} = ${workspaceId} and ${table.deletedAt} is null
          group by ${value} having count(*) > 1)`,
      ),
    )
    .orderBy(sql`${value}`, table.createdAt);
  const groups = new Map<string, Named[]>();
  for (const r of rows) groups.set(r.value, [...(groups.get(r.value) ?? []), { id: r.id, name: r.name }]);
  return [...groups.values()];
}

async function companyGroups(db: DbOrTx, workspaceId: string): Promise<Groups> {
  const name = sql`${companies.name}`;
  return new Map([
    ['orgNumber', await sameValue(db, companies, name, sql`${companies.orgNumber}`, workspaceId)],
    ['domain', await sameValue(db, companies, name, sql`${companies.domain}`, workspaceId)],
    ['email', await sameValue(db, companies, name, sql`lower(${companies.email})`, workspaceId)],
  ]);
}

async function contactGroups(db: DbOrTx, workspaceId: string): Promise<Groups> {
  const name = sql`trim(${contacts.firstName} || ' ' || coalesce(${contacts.lastName}, ''))`;
  return new Map([
    ['email', await sameValue(db, contacts, name, sql`lower(${contacts.email})`, workspaceId)],
    ['phone', await sameValue(db, contacts, name, sql`${contacts.phone}`, workspaceId)],
  ]);
}
