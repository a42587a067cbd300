import { eq, lt } from 'drizzle-orm';
import { searchColumnsFor, searchTextVersion } from '../lib/search-text';
import type { Db } from './client';
import { articles } from './schema';

/**
 * The search columns are computed in JS (Arabic normalization and stemming have no SQL
 * equivalent); the FTS5 triggers of migration 0002 then keep the index in step. Not
 * `server-only`: setup scripts call it too.
 */
type Tx = Pick<Db, 'select' | 'update'>;

/**
 * Recomputes one article's search text. Call it inside the transaction of every write that
 * changes an article's title, summary or body, so the index commits with the change.
 */
export function refreshSearchText(tx: Tx, articleId: number): void {
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
