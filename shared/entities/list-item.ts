import { z } from 'zod';
import { BaseRecordSchema } from './base';

/** The workspace's configurable lists (settings): one table, told apart by `kind`. */
export const LIST_KINDS = [
  'relationshipType',
  'statusType',
  'industry',
  'category',
  'tag',
  'department',
  'activityType',
] as const;
export const ListKindSchema = z.enum(LIST_KINDS);
export type ListKind = z.infer<typeof ListKindSchema>;

export const AppliesToSchema = z.enum(['company', 'contact', 'both']);

export const ListItemFieldsSchema = z.object({
  kind: ListKindSchema,
  name: z.string().trim().min(1, 'errors.field.required').max(100),
  sortOrder: z.number().int().min(0).max(1_000_000),
  /** Categories apply to companies, contacts or both; other kinds ignore it. */
  appliesTo: AppliesToSchema,
});
export type ListItemFields = z.infer<typeof ListItemFieldsSchema>;

export const ListItemSchema = BaseRecordSchema.extend(ListItemFieldsSchema.shape);
export type ListItem = z.infer<typeof ListItemSchema>;
