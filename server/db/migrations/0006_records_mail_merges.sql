CREATE TABLE `agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`company_id` text NOT NULL,
	`number` text NOT NULL,
	`title` text,
	`date` text NOT NULL,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `agreements_version` ON `agreements` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `agreements_company` ON `agreements` (`company_id`,`status`);--> statement-breakpoint
CREATE TABLE `custom_fields` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`entity` text NOT NULL,
	`label` text NOT NULL,
	`type` text NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	`section` text NOT NULL,
	`sort_order` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `custom_fields_version` ON `custom_fields` (`workspace_id`,`version`);--> statement-breakpoint
CREATE TABLE `invoices` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`company_id` text NOT NULL,
	`number` text NOT NULL,
	`date` text NOT NULL,
	`due_date` text,
	`amount_minor` integer NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invoices_version` ON `invoices` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `invoices_company` ON `invoices` (`company_id`,`date`);--> statement-breakpoint
CREATE TABLE `mailing_recipients` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`mailing_id` text NOT NULL,
	`company_id` text,
	`contact_id` text,
	`address` text NOT NULL,
	`subject` text NOT NULL,
	`status` text NOT NULL,
	`error` text,
	`sent_at` integer,
	FOREIGN KEY (`mailing_id`) REFERENCES `mailings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mailing_recipients_mailing` ON `mailing_recipients` (`mailing_id`);--> statement-breakpoint
CREATE INDEX `mailing_recipients_company` ON `mailing_recipients` (`workspace_id`,`company_id`);--> statement-breakpoint
CREATE INDEX `mailing_recipients_contact` ON `mailing_recipients` (`workspace_id`,`contact_id`);--> statement-breakpoint
CREATE TABLE `mailings` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`user_id` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `mailings_created` ON `mailings` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `merges` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`entity` text NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_id` text NOT NULL,
	`user_id` text NOT NULL,
	`at` integer NOT NULL,
	`undo` text NOT NULL,
	`undone_at` integer,
	`undone_by` text
);
--> statement-breakpoint
CREATE INDEX `merges_survivor` ON `merges` (`workspace_id`,`survivor_id`);--> statement-breakpoint
CREATE INDEX `merges_merged` ON `merges` (`workspace_id`,`merged_id`);--> statement-breakpoint
CREATE TABLE `saved_selections` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`owner_id` text NOT NULL,
	`entity` text NOT NULL,
	`name` text NOT NULL,
	`query` text NOT NULL,
	`shared` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `saved_selections_owner` ON `saved_selections` (`workspace_id`,`owner_id`);