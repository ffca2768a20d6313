CREATE TABLE `activities` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`type` text NOT NULL,
	`subject` text NOT NULL,
	`description` text,
	`occurred_at` integer NOT NULL,
	`duration_minutes` integer,
	`outcome` text,
	`user_ids` text NOT NULL,
	`company_ids` text NOT NULL,
	`contact_ids` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `activities_version` ON `activities` (`workspace_id`,`version`);--> statement-breakpoint
CREATE TABLE `appointments` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`starts_at` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`all_day` integer NOT NULL,
	`location` text,
	`video_url` text,
	`user_ids` text NOT NULL,
	`company_ids` text NOT NULL,
	`contact_ids` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `appointments_version` ON `appointments` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `appointments_starts` ON `appointments` (`workspace_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`file_name` text NOT NULL,
	`content_type` text NOT NULL,
	`size` integer NOT NULL,
	`blob_key` text NOT NULL,
	`activity_ids` text NOT NULL,
	`company_ids` text NOT NULL,
	`contact_ids` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_version` ON `attachments` (`workspace_id`,`version`);--> statement-breakpoint
CREATE TABLE `calendar_feeds` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`user_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`revoked_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_token_hash_unique` ON `calendar_feeds` (`token_hash`);--> statement-breakpoint
CREATE INDEX `calendar_feeds_user` ON `calendar_feeds` (`workspace_id`,`user_id`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`body` text NOT NULL,
	`is_private` integer NOT NULL,
	`company_ids` text NOT NULL,
	`contact_ids` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notes_version` ON `notes` (`workspace_id`,`version`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`due_date` text,
	`due_time` text,
	`assignee_id` text,
	`status` text NOT NULL,
	`priority` text NOT NULL,
	`remind_at` integer,
	`follow_up_of` text,
	`completed_at` integer,
	`company_ids` text NOT NULL,
	`contact_ids` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_version` ON `tasks` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `tasks_assignee_due` ON `tasks` (`workspace_id`,`assignee_id`,`status`,`due_date`);--> statement-breakpoint
CREATE TABLE `timeline_links` (
	`workspace_id` text NOT NULL,
	`target_id` text NOT NULL,
	`kind` text NOT NULL,
	`record_id` text NOT NULL,
	`sort_at` integer NOT NULL,
	`private_to` text,
	PRIMARY KEY(`target_id`, `kind`, `record_id`)
);
--> statement-breakpoint
CREATE INDEX `timeline_links_page` ON `timeline_links` (`workspace_id`,`target_id`,`sort_at`,`kind`,`record_id`);--> statement-breakpoint
CREATE INDEX `timeline_links_record` ON `timeline_links` (`record_id`);
-- timeline_links mirrors every timeline record's links (see server/db/timeline-schema.ts).
-- Hand-written: drizzle-kit does not generate triggers.
--> statement-breakpoint
CREATE TRIGGER `activities_timeline_insert` AFTER INSERT ON `activities` BEGIN
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'activity', new.id, new.occurred_at, NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'activity', new.id, new.occurred_at, NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `activities_timeline_update` AFTER UPDATE ON `activities` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'activity';
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'activity', new.id, new.occurred_at, NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'activity', new.id, new.occurred_at, NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `activities_timeline_delete` AFTER DELETE ON `activities` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'activity';
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_timeline_insert` AFTER INSERT ON `tasks` BEGIN
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'task', new.id, coalesce(new.completed_at, new.created_at), NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'task', new.id, coalesce(new.completed_at, new.created_at), NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_timeline_update` AFTER UPDATE ON `tasks` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'task';
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'task', new.id, coalesce(new.completed_at, new.created_at), NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'task', new.id, coalesce(new.completed_at, new.created_at), NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `tasks_timeline_delete` AFTER DELETE ON `tasks` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'task';
END;
--> statement-breakpoint
CREATE TRIGGER `appointments_timeline_insert` AFTER INSERT ON `appointments` BEGIN
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'appointment', new.id, new.starts_at, NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'appointment', new.id, new.starts_at, NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `appointments_timeline_update` AFTER UPDATE ON `appointments` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'appointment';
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'appointment', new.id, new.starts_at, NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'appointment', new.id, new.starts_at, NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `appointments_timeline_delete` AFTER DELETE ON `appointments` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'appointment';
END;
--> statement-breakpoint
CREATE TRIGGER `notes_timeline_insert` AFTER INSERT ON `notes` BEGIN
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'note', new.id, new.created_at, CASE WHEN new.is_private THEN new.created_by END FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'note', new.id, new.created_at, CASE WHEN new.is_private THEN new.created_by END FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `notes_timeline_update` AFTER UPDATE ON `notes` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'note';
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'note', new.id, new.created_at, CASE WHEN new.is_private THEN new.created_by END FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'note', new.id, new.created_at, CASE WHEN new.is_private THEN new.created_by END FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `notes_timeline_delete` AFTER DELETE ON `notes` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'note';
END;
--> statement-breakpoint
CREATE TRIGGER `email_logs_timeline_insert` AFTER INSERT ON `email_logs` BEGIN
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'email', new.id, coalesce(new.sent_at, new.created_at), NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'email', new.id, coalesce(new.sent_at, new.created_at), NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `email_logs_timeline_update` AFTER UPDATE ON `email_logs` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'email';
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'email', new.id, coalesce(new.sent_at, new.created_at), NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'email', new.id, coalesce(new.sent_at, new.created_at), NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `email_logs_timeline_delete` AFTER DELETE ON `email_logs` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'email';
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_timeline_insert` AFTER INSERT ON `attachments` BEGIN
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'file', new.id, new.created_at, NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'file', new.id, new.created_at, NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'file', new.id, new.created_at, NULL FROM json_each(new.activity_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_timeline_update` AFTER UPDATE ON `attachments` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'file';
  INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT new.workspace_id, j.value, 'file', new.id, new.created_at, NULL FROM json_each(new.company_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'file', new.id, new.created_at, NULL FROM json_each(new.contact_ids) j WHERE new.deleted_at IS NULL
  UNION SELECT new.workspace_id, j.value, 'file', new.id, new.created_at, NULL FROM json_each(new.activity_ids) j WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `attachments_timeline_delete` AFTER DELETE ON `attachments` BEGIN
  DELETE FROM `timeline_links` WHERE `record_id` = old.id AND `kind` = 'file';
END;
--> statement-breakpoint
INSERT OR IGNORE INTO `timeline_links` (`workspace_id`, `target_id`, `kind`, `record_id`, `sort_at`, `private_to`)
  SELECT e.workspace_id, j.value, 'email', e.id, coalesce(e.sent_at, e.created_at), NULL FROM `email_logs` e, json_each(e.company_ids) j WHERE e.deleted_at IS NULL
  UNION SELECT e.workspace_id, j.value, 'email', e.id, coalesce(e.sent_at, e.created_at), NULL FROM `email_logs` e, json_each(e.contact_ids) j WHERE e.deleted_at IS NULL;
