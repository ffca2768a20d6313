ALTER TABLE `contacts` ADD `emails` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `phones` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `address` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `category_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `tag_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `notes` text;--> statement-breakpoint
ALTER TABLE `contacts` ADD `custom_fields` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `is_private_customer` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `contacts` ADD `customer_number` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_customer_number` ON `contacts` (`workspace_id`,`customer_number`);--> statement-breakpoint
UPDATE `contacts` SET `emails` = json_array(json_object('address', lower(`email`), 'label', NULL)) WHERE `email` IS NOT NULL;--> statement-breakpoint
UPDATE `contacts` SET `phones` = json_array(json_object('number', `phone`, 'label', NULL)) WHERE `phone` IS NOT NULL;
