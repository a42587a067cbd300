-- Full-text index over the normalized, stemmed columns (written by JS: lib/search-text.ts).
-- External content: the text lives once, in articles; the index holds only the postings.
-- unicode61 splits the already-normalized terms on spaces; remove_diacritics 2 is a safety net
-- for Latin text written by a writer that skipped the normalization.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  `search_title`,
  `search_body`,
  content = 'articles',
  content_rowid = 'id',
  tokenize = 'unicode61 remove_diacritics 2'
);
--> statement-breakpoint
-- Triggers keep the index right whoever writes the row (seed, newsroom, scripts).
CREATE TRIGGER `articles_fts_after_insert` AFTER INSERT ON `articles` BEGIN
  INSERT INTO `articles_fts` (`rowid`, `search_title`, `search_body`) VALUES (new.`id`, new.`search_title`, new.`search_body`);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_delete` AFTER DELETE ON `articles` BEGIN
  INSERT INTO `articles_fts` (`articles_fts`, `rowid`, `search_title`, `search_body`) VALUES ('delete', old.`id`, old.`search_title`, old.`search_body`);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_update` AFTER UPDATE OF `search_title`, `search_body` ON `articles` BEGIN
  INSERT INTO `articles_fts` (`articles_fts`, `rowid`, `search_title`, `search_body`) VALUES ('delete', old.`id`, old.`search_title`, old.`search_body`);
  INSERT INTO `articles_fts` (`rowid`, `search_title`, `search_body`) VALUES (new.`id`, new.`search_title`, new.`search_body`);
END;
--> statement-breakpoint
INSERT INTO `articles_fts` (`articles_fts`) VALUES ('rebuild');
