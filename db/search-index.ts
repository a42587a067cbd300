import { eq, lt } from 'drizzle-orm';
import { searchColumnsFor, searchTextVersion } from '../lib/search-text';
import type { Db, Tx } from './client';
import { articles } from './schema';

/**
 * The search columns are computed in JS (Arabic normalization and stemming have no SQL
 * equivalent); the FTS5 triggers of migration 0002 then keep the index in step. Not
 * `server-only`: setup scripts call it too.
 */

/**
 * Recomputes one article's search text, inside the transaction of the write that changed it:
 * db/article-writes.ts `afterArticleWrite` calls it for every article write.
 */
export function refreshSearchText(tx: Db | Tx, articleId: number): void {
  const row = tx
    .select({ title: articles.title, summary: articles.summary, body: articles.body })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return;
  tx.update(articles).set(searchColumnsFor(row)).where(eq(articles.id, articleId)).run();
}

/**
 * Recomputes the search text of articles indexed under older rules (`searchTextVersion`), written
 * before it existed, or by a writer that skipped it (their version stays 0).
 */
export function backfillSearchText(db: Db): number {
  const missing = db.select({ id: articles.id }).from(articles).where(lt(articles.searchVersion, searchTextVersion)).all();
  db.transaction((tx) => {
    for (const { id } of missing) refreshSearchText(tx, id);
  });
  return missing.length;
}
