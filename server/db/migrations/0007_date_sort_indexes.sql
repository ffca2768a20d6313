CREATE INDEX `companies_updated` ON `companies` (`workspace_id`,`updated_at`,`id`) WHERE "companies"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `companies_created` ON `companies` (`workspace_id`,`created_at`,`id`) WHERE "companies"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `contacts_updated` ON `contacts` (`workspace_id`,`updated_at`) WHERE "contacts"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX `contacts_created` ON `contacts` (`workspace_id`,`created_at`) WHERE "contacts"."deleted_at" is null;