CREATE TABLE `mailing_opt_outs` (
	`workspace_id` text NOT NULL,
	`address` text NOT NULL,
	`opted_out_at` integer NOT NULL,
	`recipient_id` text,
	PRIMARY KEY(`workspace_id`, `address`)
);
--> statement-breakpoint
ALTER TABLE `mailings` ADD `public_url` text;