CREATE TABLE `article_media_texts` (
	`article_id` integer NOT NULL,
	`media_id` integer NOT NULL,
	`alt` text DEFAULT '' NOT NULL,
	`caption` text DEFAULT '' NOT NULL,
	`credit` text DEFAULT '' NOT NULL,
	`approved_at` integer NOT NULL,
	PRIMARY KEY(`article_id`, `media_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Articles already approved or out keep showing what readers see today: the library's texts now.
INSERT INTO `article_media_texts` (`article_id`, `media_id`, `alt`, `caption`, `credit`, `approved_at`)
SELECT `am`.`article_id`, `am`.`media_id`, coalesce(`mt`.`alt`, ''), coalesce(`mt`.`caption`, ''), `m`.`credit`, unixepoch('subsec') * 1000
FROM `article_media` `am`
JOIN `articles` `a` ON `a`.`id` = `am`.`article_id`
JOIN `media` `m` ON `m`.`id` = `am`.`media_id`
LEFT JOIN `media_translations` `mt` ON `mt`.`media_id` = `am`.`media_id` AND `mt`.`locale` = `a`.`locale`
WHERE `a`.`status` IN ('approved', 'published', 'unpublished');
