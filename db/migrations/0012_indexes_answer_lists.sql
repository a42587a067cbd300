DROP INDEX `articles_public_listing`;--> statement-breakpoint
DROP INDEX `articles_category`;--> statement-breakpoint
DROP INDEX `articles_newsroom_list`;--> statement-breakpoint
CREATE INDEX `articles_public_listing` ON `articles` (`locale`,`status`,`publish_at`,`expires_at`);--> statement-breakpoint
CREATE INDEX `articles_category` ON `articles` (`category_id`,`locale`,`status`,`publish_at`,`expires_at`);--> statement-breakpoint
CREATE INDEX `articles_newsroom_list` ON `articles` (`updated_at`,`id`,`status`,`locale`,`author_id`,`title`);