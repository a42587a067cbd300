-- Stored bodies written while the editor stamped `dir: "auto"` on every node lose it: a block
-- follows its release's language unless the writer chose a direction (lib/editor/block-direction.ts),
-- and `auto` made lists, quotations and "UNESCO تعلن …" paragraphs read left to right.
-- The renderer ignores `auto` already; this makes the stored text say what is meant.
--
-- Plain text replacement is exact here: json() gives the compact form, in which a key can only
-- appear outside strings (inside a string every quote is escaped). Removed, in order: an attrs
-- object holding only `dir` (before another key, then as the last key), then `dir` beside others.
UPDATE `articles` SET `body` = replace(replace(replace(replace(json(`body`),
  '"attrs":{"dir":"auto"},', ''), ',"attrs":{"dir":"auto"}', ''), ',"dir":"auto"', ''), '"dir":"auto",', '')
WHERE `body` LIKE '%"dir":"auto"%';
--> statement-breakpoint
UPDATE `article_revisions` SET `body` = replace(replace(replace(replace(json(`body`),
  '"attrs":{"dir":"auto"},', ''), ',"attrs":{"dir":"auto"}', ''), ',"dir":"auto"', ''), '"dir":"auto",', '')
WHERE `body` LIKE '%"dir":"auto"%';
--> statement-breakpoint
-- The empty paragraph the editor kept after a final list, heading or quotation (23 characters
-- with its comma and the document's closing brackets); newer saves drop it (normalizeBody).
UPDATE `articles` SET `body` = substr(json(`body`), 1, length(json(`body`)) - 23) || ']}'
WHERE json(`body`) LIKE '%,{"type":"paragraph"}]}';
--> statement-breakpoint
UPDATE `article_revisions` SET `body` = substr(json(`body`), 1, length(json(`body`)) - 23) || ']}'
WHERE json(`body`) LIKE '%,{"type":"paragraph"}]}';
