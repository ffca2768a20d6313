CREATE TABLE `register_feeds` (
	`country` text PRIMARY KEY NOT NULL,
	`position` text,
	`last_run_at` integer,
	`last_error` text
);
--> statement-breakpoint
CREATE TABLE `register_units` (
	`id` integer PRIMARY KEY NOT NULL,
	`country` text NOT NULL,
	`org_number` text NOT NULL,
	`name` text NOT NULL,
	`name_key` text NOT NULL,
	`org_form` text,
	`city` text,
	`status` text NOT NULL,
	`parent_org_number` text,
	`data` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `register_units_number` ON `register_units` (`country`,`org_number`);--> statement-breakpoint
CREATE INDEX `register_units_parent` ON `register_units` (`country`,`parent_org_number`);--> statement-breakpoint
CREATE TABLE `credit_monitors` (
	`workspace_id` text NOT NULL,
	`company_id` text NOT NULL,
	`provider` text NOT NULL,
	`next_check_at` integer NOT NULL,
	`last_checked_at` integer,
	`failures` integer DEFAULT 0 NOT NULL,
	`last_error` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `company_id`, `provider`)
);
--> statement-breakpoint
CREATE INDEX `credit_monitors_due` ON `credit_monitors` (`next_check_at`);--> statement-breakpoint
CREATE TABLE `credit_ratings` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`company_id` text NOT NULL,
	`provider` text NOT NULL,
	`score` integer,
	`rating_class` text NOT NULL,
	`credit_limit` integer,
	`currency` text,
	`rated_on` text NOT NULL,
	`flags` text NOT NULL,
	`change` text,
	`fetched_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `credit_ratings_company` ON `credit_ratings` (`workspace_id`,`company_id`,`fetched_at`);--> statement-breakpoint
CREATE TABLE `notifications` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`user_id` text NOT NULL,
	`company_id` text,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`body` text,
	`dedupe_key` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `notifications_dedupe` ON `notifications` (`workspace_id`,`user_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `notifications_user` ON `notifications` (`workspace_id`,`user_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `provider_calls` (
	`provider` text NOT NULL,
	`called_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `provider_calls_time` ON `provider_calls` (`provider`,`called_at`);--> statement-breakpoint
ALTER TABLE `companies` ADD `register_status` text;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `register_countries` text DEFAULT '["NO","SE","DK","GB"]' NOT NULL;--> statement-breakpoint
CREATE INDEX `register_units_name` ON `register_units` (`country`, `name_key`) WHERE `parent_org_number` IS NULL AND `status` <> 'deleted';
--> statement-breakpoint
CREATE VIRTUAL TABLE `register_units_fts` USING fts5(`name`, content='register_units', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER `register_units_fts_insert` AFTER INSERT ON `register_units` BEGIN
  INSERT INTO `register_units_fts` (rowid, `name`) VALUES (new.id, new.name);
END;
--> statement-breakpoint
CREATE TRIGGER `register_units_fts_delete` AFTER DELETE ON `register_units` BEGIN
  INSERT INTO `register_units_fts` (`register_units_fts`, rowid, `name`) VALUES ('delete', old.id, old.name);
END;
--> statement-breakpoint
CREATE TRIGGER `register_units_fts_update` AFTER UPDATE OF `name` ON `register_units` BEGIN
  INSERT INTO `register_units_fts` (`register_units_fts`, rowid, `name`) VALUES ('delete', old.id, old.name);
  INSERT INTO `register_units_fts` (rowid, `name`) VALUES (new.id, new.name);
END;
