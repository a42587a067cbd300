CREATE TABLE `redirects` (
	`path` text PRIMARY KEY NOT NULL,
	`article_id` integer NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `redirects_article` ON `redirects` (`article_id`);--> statement-breakpoint
CREATE TABLE `wordpress_posts` (
	`guid` text PRIMARY KEY NOT NULL,
	`post_id` integer NOT NULL,
	`article_id` integer NOT NULL,
	`modified_at` integer NOT NULL,
	`article_version` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `wordpress_posts_article` ON `wordpress_posts` (`article_id`);--> statement-breakpoint
CREATE INDEX `wordpress_posts_post` ON `wordpress_posts` (`post_id`);--> statement-breakpoint
ALTER TABLE `categories` ADD `parent_id` integer REFERENCES categories(id) ON DELETE set null;