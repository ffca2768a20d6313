ALTER TABLE `contacts` ADD `birthday` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `owner_ids` text DEFAULT '[]' NOT NULL;