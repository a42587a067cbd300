import { eq, inArray } from 'drizzle-orm';
import type { ArticleStatus } from '../lib/domain';
import { mediaIdsOfArticle } from '../lib/media/usage';
import type { Tx } from './client';
import { articleMedia, articles, media, relatedArticles } from './schema';
import { refreshSearchText } from './search-index';

/**
 * What every write of an article row owes the rest of the system, run by the write itself, as a
 * Payload collection's `afterChange` hooks are: the search text (search and related news read
 * it), its related news ranked afresh on its next view (its tags, category or words may have
 * changed), the record of which library images the article uses (the media library refuses to
 * delete those), and the listeners below.
 *
 * Why one step, called by the data layer: each path that writes an article (create, save,
 * workflow, correction, WordPress import, demo seed) used to remember these on its own, and a
 * path that forgot left stale search text or a stale cached page behind. Why listeners: expiring
 * Next's page cache needs `next/cache`, which the data layer must not import (db/ knows nothing
 * of app/), and scripts (seed, import) run with no Next server at all. So the app registers its
 * cache expiry here once (app/_server/article-cache-expiry.ts); this module only announces writes.
 * Listeners run synchronously inside the write's transaction: keep them to cheap bookkeeping.
 */

/** An article write, as listeners hear of it. */
export interface ArticleWrite {
  articleId: number;
  locale: string;
  translationGroupId: string;
  status: ArticleStatus;
  /** The status before the write; null for a new article. */
  previousStatus: ArticleStatus | null;
}

/** Whether readers could see the change: the article is, or was until this write, in the published state (scheduled included). */
export function touchesPublicSite(write: Pick<ArticleWrite, 'status' | 'previousStatus'>): boolean {
  return write.status === 'published' || write.previousStatus === 'published';
}

type ArticleWriteListener = (write: ArticleWrite) => void;

// On globalThis: Next may evaluate this module once per server bundle (and again on every hot
// reload), while the listeners must be one set for the whole process. Keyed by name, so
// registering again replaces instead of adding a twin.
const registry = globalThis as unknown as { bayanArticleWriteListeners?: Map<string, ArticleWriteListener> };
const listeners = (registry.bayanArticleWriteListeners ??= new Map());

/** Registers (or replaces) the listener called `name`; returns a function that removes it. */
export function onArticleWrite(name: string, listener: ArticleWriteListener): () => void {
  listeners.set(name, listener);
  return () => {
    if (listeners.get(name) === listener) listeners.delete(name);
  };
}

/**
 * The after-write step: call it in the transaction of every write to an `articles` row, after
 * the row and its tags are written, so the search index commits with the change.
 */
export function afterArticleWrite(tx: Tx, { articleId, previousStatus }: { articleId: number; previousStatus: ArticleStatus | null }): void {
  refreshSearchText(tx, articleId);
  tx.delete(relatedArticles).where(eq(relatedArticles.articleId, articleId)).run();
  const row = tx
    .select({ body: articles.body, featuredMediaId: articles.featuredMediaId, locale: articles.locale, translationGroupId: articles.translationGroupId, status: articles.status })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!row) return;
  syncArticleMedia(tx, { articleId, body: row.body, featuredMediaId: row.featuredMediaId });
  const write: ArticleWrite = { articleId, locale: row.locale, translationGroupId: row.translationGroupId, status: row.status, previousStatus };
  for (const listener of listeners.values()) listener(write);
}

/** Records which library items an article uses (featured image and images in the body). */
export function syncArticleMedia(tx: Tx, { articleId, body, featuredMediaId }: { articleId: number; body: unknown; featuredMediaId: number | null }): void {
  const wanted = mediaIdsOfArticle(body, featuredMediaId);
  const present = wanted.length === 0 ? [] : tx.select({ id: media.id }).from(media).where(inArray(media.id, wanted)).all().map((row) => row.id);
  tx.delete(articleMedia).where(eq(articleMedia.articleId, articleId)).run();
  if (present.length > 0) tx.insert(articleMedia).values(present.map((mediaId) => ({ articleId, mediaId }))).run();
}
