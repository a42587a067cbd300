CREATE TABLE `article_corrections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`body` text NOT NULL,
	`dateline_city` text DEFAULT '' NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`category_id` integer,
	`featured_media_id` integer,
	`tags` text DEFAULT '[]' NOT NULL,
	`author_id` integer NOT NULL,
	`last_editor_id` integer,
	`reviewer_id` integer,
	`kind` text,
	`note` text,
	`apply_at` integer,
	`applied_at` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`category_id`) REFERENCES `categories`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`featured_media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_editor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `article_corrections_article` ON `article_corrections` (`article_id`,`status`);--> statement-breakpoint
CREATE INDEX `article_corrections_due` ON `article_corrections` (`status`,`apply_at`);--> statement-breakpoint
ALTER TABLE `article_revisions` ADD `correction_id` integer REFERENCES article_corrections(id);--> statement-breakpoint
ALTER TABLE `articles` ADD `expires_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `revised_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `withdrawal_reason` text;--> statement-breakpoint
CREATE INDEX `articles_public_expiry` ON `articles` (`status`,`expires_at`);--> statement-breakpoint
ALTER TABLE `embargo_links` ADD `kind` text DEFAULT 'embargo' NOT NULL;--> statement-breakpoint
ALTER TABLE `embargo_links` ADD `revision_id` integer REFERENCES article_revisions(id);