import type { z } from 'zod';
import type { ListKind } from '../entities/list-item';
import type { MessageKey } from '../i18n/messages';
import type { EntityName } from '../entities/tables';
import type { MutationName } from '../mutations/registry';
import type { BulkKind } from './bulk-kinds';

/**
 * A record type, declared once. The generic machinery reads it: the server's list, ids, bulk,
 * trash and history routes and its filter SQL (server/records/), and the dashboard's record list
 * (filter menu, chips, columns, select-all-matching, bulk bar, export) and history. Adding a record
 * type is a schema, one of these, its mutations, and the screens that are truly its own.
 */
export type RecordType<Row = unknown, FilterSchema extends z.ZodObject = z.ZodObject> = {
  /** The synced entity (shared/entities/registry.ts): its table, schema and visibility (`canSee`). */
  entity: EntityName;
  /** Where its REST routes live: `/api/<plural>`. */
  plural: string;
  /** "company" / "companies" in the user's language: an ICU plural on `count`, for headings and sentences. */
  name: MessageKey;
  /** The stored row, as reads answer it. */
  schema: z.ZodType<Row>;
  /** The list filter (a query string, a saved selection, `/ids` and export all read it). */
  filterSchema: FilterSchema;
  /** What the search box matches, as its placeholder says it. */
  search: { placeholder: MessageKey };
  filters: readonly FilterDescriptor<Extract<keyof z.input<FilterSchema>, string>>[];
  /** Sort keys of the filter's `sort`, with the label a sort header shows. */
  sorts: Readonly<Record<Extract<z.input<FilterSchema>['sort'], string>, MessageKey>>;
  /** The name column: always shown, always exported first, a link to the card. */
  nameColumn: ColumnDescriptor<Row>;
  columns: readonly ColumnDescriptor<Row>[];
  defaultColumns: readonly string[];
  /** The bulk actions a selection of these records takes (`POST /api/<plural>/bulk`). */
  bulkActions: readonly BulkKind[];
  /** Which categories apply: a category list value's `appliesTo`. */
  categoryTarget: 'company' | 'contact';
  /** How a history line names each field, mid-sentence ("changed org number"); others are spelled out. */
  historyFields: Readonly<Record<string, MessageKey>>;
  /** The words a trash line and a search result show for a row. */
  title: (row: Row) => string;
  /** The mutation that brings a row back from the trash. */
  restoreMutation: Extract<MutationName, `${EntityName}.restore`>;
};

/** One way to narrow a list, keyed by the filter schema's own parameter name. */
export type FilterDescriptor<Key extends string = string> =
  /** Any of these ids: a settings list's values, or (`list: 'member'`) the workspace's users. */
  | { kind: 'ids'; key: Key; label: MessageKey; list: ListKind | 'member' }
  | { kind: 'text'; key: Key; label: MessageKey; placeholder: MessageKey }
  /** A day; `end` includes the whole day it names. */
  | { kind: 'date'; key: Key; label: MessageKey; end: boolean }
  | { kind: 'flag'; key: Key; label: MessageKey; yes: MessageKey; no: MessageKey }
  /** One record of another type picked by name (the company a contact works at). */
  | { kind: 'record'; key: Key; label: MessageKey; recordType: 'company' | 'contact' };

/** What a cell shows, read from the row by a rule every view and export shares. */
export type CellRule<Row> =
  | { field: Extract<keyof Row, string>; as: 'text' | 'number' | 'date' | 'listItem' | 'listItems' | 'members' | 'yesNo' }
  /** A value the list route adds to each row (a company's counters); `money` totals print per currency. */
  | { counter: string; as: 'number' | 'money' }
  | { text: (row: Row) => string | number | null };

export type ColumnDescriptor<Row> = {
  key: string;
  label: MessageKey;
  /** The filter's sort key this column's header sorts by. */
  sort?: string;
  /** Right-aligned so digits line up. */
  numeric?: boolean;
  cell: CellRule<Row>;
};

/** Declares a record type with its row and filter types checked against the declaration. */
export const defineRecordType = <Row, FilterSchema extends z.ZodObject>(type: RecordType<Row, FilterSchema>) => type;
