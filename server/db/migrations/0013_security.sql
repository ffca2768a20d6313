CREATE TABLE `login_throttles` (
	`email` text NOT NULL,
	`source` text NOT NULL,
	`failures` integer NOT NULL,
	`last_failure_at` integer NOT NULL,
	`blocked_until` integer NOT NULL,
	PRIMARY KEY(`email`, `source`)
);
--> statement-breakpoint
CREATE INDEX `login_throttles_last` ON `login_throttles` (`last_failure_at`);--> statement-breakpoint
ALTER TABLE `email_logs` ADD `blocked` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `mailing_recipients` ADD `unsubscribe_token_hash` text;--> statement-breakpoint
CREATE UNIQUE INDEX `mailing_recipients_unsubscribe` ON `mailing_recipients` (`unsubscribe_token_hash`);--> statement-breakpoint
ALTER TABLE `users` ADD `active` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `deactivated_at` integer;--> statement-breakpoint
UPDATE `email_logs` SET `blocked` = 1 WHERE EXISTS (SELECT 1 FROM json_each(`email_logs`.`contact_ids`) AS `j` JOIN `contacts` AS `c` ON `c`.`id` = `j`.`value` WHERE `c`.`emails_blocked` = 1);
