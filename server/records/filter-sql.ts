import { gte, lte, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import type { companies, contacts } from '../db/schema';

export const jsonText = (column: AnyColumn, path: string) => sql`json_extract(${column}, ${path})`;

/**
 * Any of `ids` in a JSON array column (tags, categories, owners). The ids are UUIDs, so finding
 * `"<id>"` in the JSON text is exact, and much cheaper than parsing every row with json_each.
 */
export const anyInArray = (column: AnyColumn, ids: string[]) =>
  sql`(${sql.join(
    ids.map((id) => sql`instr(${column}, ${JSON.stringify(id)}) > 0`),
    sql` or `,
  )})`;

/** A filter on a JSON id list column: any of the ids; no ids, no condition. */
export const anyOf = (column: AnyColumn) => (ids: string[]) => (ids.length > 0 ? anyInArray(column, ids) : undefined);

/**
 * Each `cf.<key>=<value>`: the stored value equals it as the query string spells it: text and
 * numbers as themselves ("12" finds 12), yes/no fields as `true`/`false`, and a multi-choice field
 * when the value is one of its choices.
 */
export function customFieldConditions(column: AnyColumn, fields: Record<string, string | number | boolean>): SQL[] {
  return Object.entries(fields).map(([key, raw]) => {
    const path = `$."${key}"`;
    const value = String(raw);
    // json_type names JSON's true and false; other type names must not match as values.
    const yesNo = value === 'true' || value === 'false' ? sql` or json_type(${column}, ${path}) = ${value}` : sql``;
    return sql`(cast(${jsonText(column, path)} as text) = ${value}${yesNo}
      or (json_type(${column}, ${path}) = 'array' and exists (select 1 from json_each(${column}, ${path}) where value = ${value})))`;
  });
}

/** Tags, categories, place, dates and custom fields: the filters every record type with those columns shares. */
export function commonFilterSql(table: typeof companies | typeof contacts) {
  return {
    categoryIds: anyOf(table.categoryIds),
    tagIds: anyOf(table.tagIds),
    city: (city: string) => (city ? sql`${jsonText(table.address, '$.city')} like ${city} collate nocase` : undefined),
    postalCode: (code: string) => (code ? sql`${jsonText(table.address, '$.postalCode')} like ${`${code}%`}` : undefined),
    createdFrom: (at: number) => gte(table.createdAt, at),
    createdTo: (at: number) => lte(table.createdAt, at),
    updatedFrom: (at: number) => gte(table.updatedAt, at),
    updatedTo: (at: number) => lte(table.updatedAt, at),
    customFields: (fields: Record<string, string | number | boolean>) => customFieldConditions(table.customFields, fields),
  };
}
