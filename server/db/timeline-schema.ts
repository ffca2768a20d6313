import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { base } from './base-columns';

/** Link arrays as JSON columns: the record's own copy, mirrored into `timeline_links` by triggers. */
const links = () => ({
  companyIds: text('company_ids', { mode: 'json' }).$type<string[]>().notNull(),
  contactIds: text('contact_ids', { mode: 'json' }).$type<string[]>().notNull(),
});

export const activities = sqliteTable(
  'activities',
  {
    ...base(),
    type: text('type').notNull(),
    subject: text('subject').notNull(),
    description: text('description'),
    occurredAt: integer('occurred_at').notNull(),
    durationMinutes: integer('duration_minutes'),
    outcome: text('outcome'),
    userIds: text('user_ids', { mode: 'json' }).$type<string[]>().notNull(),
    ...links(),
  },
  (t) => [index('activities_version').on(t.workspaceId, t.version)],
);

export const tasks = sqliteTable(
  'tasks',
  {
    ...base(),
    title: text('title').notNull(),
    description: text('description'),
    dueDate: text('due_date'),
    dueTime: text('due_time'),
    assigneeId: text('assignee_id'),
    status: text('status', { enum: ['open', 'inProgress', 'done', 'cancelled'] }).notNull(),
    priority: text('priority', { enum: ['low', 'normal', 'high'] }).notNull(),
    remindAt: integer('remind_at'),
    followUpOf: text('follow_up_of'),
    completedAt: integer('completed_at'),
    ...links(),
  },
  (t) => [
    index('tasks_version').on(t.workspaceId, t.version),
    index('tasks_assignee_due').on(t.workspaceId, t.assigneeId, t.status, t.dueDate),
  ],
);

export const appointments = sqliteTable(
  'appointments',
  {
    ...base(),
    title: text('title').notNull(),
    description: text('description'),
    startsAt: integer('starts_at').notNull(),
    endsAt: integer('ends_at').notNull(),
    allDay: integer('all_day', { mode: 'boolean' }).notNull(),
    location: text('location'),
    videoUrl: text('video_url'),
    userIds: text('user_ids', { mode: 'json' }).$type<string[]>().notNull(),
    status: text('status', { enum: ['planned', 'done', 'cancelled'] })
      .notNull()
      .default('planned'),
    ...links(),
  },
  (t) => [index('appointments_version').on(t.workspaceId, t.version), index('appointments_starts').on(t.workspaceId, t.startsAt)],
);

export const notes = sqliteTable(
  'notes',
  {
    ...base(),
    body: text('body').notNull(),
    isPrivate: integer('is_private', { mode: 'boolean' }).notNull(),
    ...links(),
  },
  (t) => [index('notes_version').on(t.workspaceId, t.version)],
);

export const attachments = sqliteTable(
  'attachments',
  {
    ...base(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    blobKey: text('blob_key').notNull(),
    activityIds: text('activity_ids', { mode: 'json' }).$type<string[]>().notNull(),
    ...links(),
  },
  (t) => [index('attachments_version').on(t.workspaceId, t.version)],
);

/**
 * One row per (timeline record, company or contact it is about): what a card's timeline pages
 * through, newest first, in one index range. Written only by triggers on the record tables, so
 * it can never disagree with them. `private_to` holds the author of a private note.
 */
export const timelineLinks = sqliteTable(
  'timeline_links',
  {
    workspaceId: text('workspace_id').notNull(),
    targetId: text('target_id').notNull(),
    kind: text('kind', { enum: ['activity', 'task', 'appointment', 'note', 'email', 'file'] }).notNull(),
    recordId: text('record_id').notNull(),
    sortAt: integer('sort_at').notNull(),
    privateTo: text('private_to'),
  },
  (t) => [
    primaryKey({ columns: [t.targetId, t.kind, t.recordId] }),
    index('timeline_links_page').on(t.workspaceId, t.targetId, t.sortAt, t.kind, t.recordId),
    index('timeline_links_record').on(t.recordId),
  ],
);

/** A user's private calendar feed URLs; only a hash of the token is kept, and revoking is final. */
export const calendarFeeds = sqliteTable(
  'calendar_feeds',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id').notNull(),
    userId: text('user_id').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: integer('created_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('calendar_feeds_user').on(t.workspaceId, t.userId)],
);
