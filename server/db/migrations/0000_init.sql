CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`workspace_id` text NOT NULL,
	`entity` text NOT NULL,
	`record_id` text NOT NULL,
	`version` integer NOT NULL,
	`user_id` text NOT NULL,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`changes` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_record` ON `audit_log` (`workspace_id`,`record_id`,`version`);--> statement-breakpoint
CREATE TABLE `client_mutations` (
	`user_id` text NOT NULL,
	`client_id` text NOT NULL,
	`last_mutation_id` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `client_id`)
);
--> statement-breakpoint
CREATE TABLE `companies` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`website` text,
	`domain` text,
	`org_number` text,
	`vat_number` text,
	`country` text,
	`email` text,
	`phone` text,
	`logo_url` text,
	`address` text,
	`social_profiles` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `companies_version` ON `companies` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `companies_name` ON `companies` (`workspace_id`,`name`,`id`);--> statement-breakpoint
CREATE INDEX `companies_domain` ON `companies` (`workspace_id`,`domain`);--> statement-breakpoint
CREATE INDEX `companies_org_number` ON `companies` (`workspace_id`,`org_number`);--> statement-breakpoint
CREATE TABLE `contact_companies` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`contact_id` text NOT NULL,
	`company_id` text NOT NULL,
	`position` text,
	`is_primary` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contact_companies_version` ON `contact_companies` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `contact_companies_contact` ON `contact_companies` (`contact_id`);--> statement-breakpoint
CREATE INDEX `contact_companies_company` ON `contact_companies` (`company_id`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text,
	`email` text,
	`phone` text,
	`title` text,
	`photo_url` text,
	`url` text,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_version` ON `contacts` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `contacts_name` ON `contacts` (`workspace_id`,`last_name`,`first_name`,`id`);--> statement-breakpoint
CREATE INDEX `contacts_email` ON `contacts` (`workspace_id`,`email`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL
);
