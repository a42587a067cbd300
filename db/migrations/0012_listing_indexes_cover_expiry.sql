DROP INDEX `articles_public_listing`;--> statement-breakpoint
DROP INDEX `articles_category`;--> statement-breakpoint
CREATE INDEX `articles_public_listing` ON `articles` (`locale`,`status`,`publish_at`,`expires_at`);--> statement-breakpoint
CREATE INDEX `articles_category` ON `articles` (`category_id`,`locale`,`status`,`publish_at`,`expires_at`);