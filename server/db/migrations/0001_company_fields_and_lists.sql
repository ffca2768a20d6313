CREATE TABLE `list_items` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`created_by` text NOT NULL,
	`updated_by` text NOT NULL,
	`deleted_at` integer,
	`version` integer NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer NOT NULL,
	`applies_to` text NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `list_items_version` ON `list_items` (`workspace_id`,`version`);--> statement-breakpoint
CREATE INDEX `list_items_kind` ON `list_items` (`workspace_id`,`kind`,`sort_order`);--> statement-breakpoint
ALTER TABLE `companies` ADD `org_form` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `nace_code` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `employees` integer;--> statement-breakpoint
ALTER TABLE `companies` ADD `postal_address` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `invoice_address` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `relationship_type_id` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `status_type_id` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `industry_id` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `department_id` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `category_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `companies` ADD `tag_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `companies` ADD `owner_ids` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `companies` ADD `invoice` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `parent_id` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `custom_fields` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `companies` ADD `customer_number` integer;--> statement-breakpoint
CREATE INDEX `companies_parent` ON `companies` (`workspace_id`,`parent_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `companies_customer_number` ON `companies` (`workspace_id`,`customer_number`);--> statement-breakpoint
ALTER TABLE `workspaces` ADD `next_customer_number` integer DEFAULT 10000 NOT NULL;