-- Substring search (any part of a name, e-mail, phone digits, org number, domain) through FTS5
-- trigram indexes, kept current by triggers, so search does not scan every row.
CREATE VIRTUAL TABLE `contacts_fts` USING fts5(`body`, tokenize='trigram');--> statement-breakpoint
CREATE TRIGGER `contacts_fts_insert` AFTER INSERT ON `contacts` BEGIN
  INSERT INTO `contacts_fts`(rowid, `body`) VALUES (new.rowid, coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, '') || ' ' || new.emails || ' ' || new.phones);
END;--> statement-breakpoint
CREATE TRIGGER `contacts_fts_update` AFTER UPDATE ON `contacts` BEGIN
  UPDATE `contacts_fts` SET `body` = coalesce(new.first_name, '') || ' ' || coalesce(new.last_name, '') || ' ' || new.emails || ' ' || new.phones WHERE rowid = new.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `contacts_fts_delete` AFTER DELETE ON `contacts` BEGIN
  DELETE FROM `contacts_fts` WHERE rowid = old.rowid;
END;--> statement-breakpoint
INSERT INTO `contacts_fts`(rowid, `body`) SELECT rowid, coalesce(first_name, '') || ' ' || coalesce(last_name, '') || ' ' || emails || ' ' || phones FROM `contacts`;--> statement-breakpoint
CREATE VIRTUAL TABLE `companies_fts` USING fts5(`body`, tokenize='trigram');--> statement-breakpoint
CREATE TRIGGER `companies_fts_insert` AFTER INSERT ON `companies` BEGIN
  INSERT INTO `companies_fts`(rowid, `body`) VALUES (new.rowid, new.name || ' ' || coalesce(new.domain, '') || ' ' || coalesce(new.org_number, ''));
END;--> statement-breakpoint
CREATE TRIGGER `companies_fts_update` AFTER UPDATE ON `companies` BEGIN
  UPDATE `companies_fts` SET `body` = new.name || ' ' || coalesce(new.domain, '') || ' ' || coalesce(new.org_number, '') WHERE rowid = new.rowid;
END;--> statement-breakpoint
CREATE TRIGGER `companies_fts_delete` AFTER DELETE ON `companies` BEGIN
  DELETE FROM `companies_fts` WHERE rowid = old.rowid;
END;--> statement-breakpoint
INSERT INTO `companies_fts`(rowid, `body`) SELECT rowid, name || ' ' || coalesce(domain, '') || ' ' || coalesce(org_number, '') FROM `companies`;
