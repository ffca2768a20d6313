CREATE TABLE `email_logs` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`message_key` text NOT NULL,
	`thread_id` text,
	`subject` text NOT NULL,
	`sent_at` integer,
	`from` text NOT NULL,
	`to` text NOT NULL,
	`cc` text NOT NULL,
	`snippet` text NOT NULL,
	`body` text,
	`source` text NOT NULL,
	`contact_ids` text NOT NULL,
	`company_ids` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `email_logs_version` ON `email_logs` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `email_logs_sent` ON `email_logs` (`workspace_id`,`sent_at`);--> statement-breakpoint
ALTER TABLE `contacts` ADD `emails_blocked` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `contacts_emails_blocked` ON `contacts` (`workspace_id`) WHERE "contacts"."emails_blocked" = 1;