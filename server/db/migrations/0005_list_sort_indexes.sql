DROP INDEX `companies_name`;--> statement-breakpoint
CREATE INDEX `companies_name` ON `companies` (`workspace_id`, `name` COLLATE NOCASE, `id`) WHERE `deleted_at` IS NULL;--> statement-breakpoint
DROP INDEX `contacts_name`;--> statement-breakpoint
-- drizzle-kit splits expression indexes at their commas, so this statement is written by hand.
CREATE INDEX `contacts_name` ON `contacts` (`workspace_id`, (coalesce(`last_name`, '') || ' ' || `first_name`) COLLATE NOCASE) WHERE `deleted_at` IS NULL;
