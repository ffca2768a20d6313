import { integer, text } from 'drizzle-orm/sqlite-core';
import { workspaces } from './schema';

/** The columns every synced record has (BaseRecordSchema); `workspaces` is read lazily, after the cycle. */
export const base = () => ({
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  createdBy: text('created_by').notNull(),
  updatedBy: text('updated_by').notNull(),
  deletedAt: integer('deleted_at'),
  version: integer('version').notNull(),
});
