ALTER TABLE `articles` ADD `search_title` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `search_body` text DEFAULT '' NOT NULL;