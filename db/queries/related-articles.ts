import 'server-only';
import { and, asc, eq, inArray, lt, sql } from 'drizzle-orm';
import { rankRelated, relatedCount, relatedListLifetime, salientTerms } from '@/lib/related';
import { stemTerms } from '@/lib/search-text';
import { db } from '../index';
import { articles, articleTags, relatedArticles } from '../schema';
import { publiclyVisible, publiclyVisibleRow } from '../visibility';
import { fullTextIds } from './full-text';
import { type ArticleCard, cardsInOrder, newestFirst } from './public-article';

/** Candidate pools for related news: each bounded, so the cost does not grow with the archive. */
const relatedPools = { byTag: 40, byCategory: 20, byText: 30, latest: 10 } as const;

/**
 * Up to six public articles related to `articleId`, in its language, best first. Served from the
 * list stored when it was last ranked (six rows by primary key) while every entry is still public
 * and the list is younger than `relatedListLifetime`; otherwise ranked again and stored. The
 * article's own writes drop its list (db/article-writes.ts).
 */
export function listRelatedArticles({ articleId, now = new Date() }: { articleId: number; now?: Date }): ArticleCard[] {
  const stored = db
    .select({ relatedId: relatedArticles.relatedId, computedAt: relatedArticles.computedAt })
    .from(relatedArticles)
    .where(eq(relatedArticles.articleId, articleId))
    .orderBy(asc(relatedArticles.position))
    .all();
  if (stored.length > 0 && stored.every((row) => now.getTime() - row.computedAt.getTime() < relatedListLifetime)) {
    const served = cardsInOrder(stored.map((row) => row.relatedId), publiclyVisibleRow(now));
    // An entry that is no longer public (withdrawn, expired) would leave a gap: rank again.
    if (served.length === stored.length) return served;
  }
  return cardsInOrder(rankAndStore(articleId, now), publiclyVisibleRow(now));
}

/**
 * Ranks the candidates for `articleId` (lib/related.ts) and stores the list. Candidates come from
 * indexed lookups only (shared tags, same category, FTS5 neighbours of the title's terms, and the
 * latest), never from a scan of the archive.
 */
function rankAndStore(articleId: number, now: Date): number[] {
  const target = db
    .select({ id: articles.id, locale: articles.locale, categoryId: articles.categoryId, searchTitle: articles.searchTitle, searchBody: articles.searchBody, publishAt: articles.publishAt, updatedAt: articles.updatedAt })
    .from(articles)
    .where(eq(articles.id, articleId))
    .get();
  if (!target) return [];
  const visibleHere = and(eq(articles.locale, target.locale), publiclyVisible(now))!;
  const tagIdsOf = (ids: number[]) => {
    const map = new Map<number, number[]>();
    if (ids.length === 0) return map;
    for (const row of db.select().from(articleTags).where(inArray(articleTags.articleId, ids)).all()) {
      map.set(row.articleId, [...(map.get(row.articleId) ?? []), row.tagId]);
    }
    return map;
  };
  const targetTags = tagIdsOf([target.id]).get(target.id) ?? [];
  const ids = (query: { id: number }[]) => query.map((row) => row.id);

  const pool = new Set<number>();
  if (targetTags.length > 0) {
    ids(
      db
        .selectDistinct({ id: articles.id })
        .from(articleTags)
        .innerJoin(articles, eq(articles.id, articleTags.articleId))
        .where(and(inArray(articleTags.tagId, targetTags), visibleHere))
        .orderBy(...newestFirst)
        .limit(relatedPools.byTag)
        .all(),
    ).forEach((id) => pool.add(id));
  }
  if (target.categoryId !== null) {
    ids(db.select({ id: articles.id }).from(articles).where(and(eq(articles.categoryId, target.categoryId), visibleHere)).orderBy(...newestFirst).limit(relatedPools.byCategory).all()).forEach((id) => pool.add(id));
  }
  const titleTerms = [...salientTerms(stemTerms(target.searchTitle), 8)];
  if (titleTerms.length > 0) {
    // Titles (with summaries) only: these terms are in tens of thousands of bodies at archive scale,
    // and bm25 scores every match (100,000 releases: 69 ms over both columns, 33 over titles).
    const match = `{search_title} : (${titleTerms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ')})`;
    fullTextIds({ match, where: visibleHere, orderBy: [sql`bm25(articles_fts, 4.0, 1.0)`], limit: relatedPools.byText }).forEach((id) => pool.add(id));
  }
  ids(db.select({ id: articles.id }).from(articles).where(visibleHere).orderBy(...newestFirst).limit(relatedPools.latest).all()).forEach((id) => pool.add(id));
  pool.delete(target.id);
  if (pool.size === 0) return [];

  const candidateIds = [...pool];
  const rows = db
    .select({ id: articles.id, categoryId: articles.categoryId, searchTitle: articles.searchTitle, searchBody: articles.searchBody, publishAt: articles.publishAt })
    .from(articles)
    .where(inArray(articles.id, candidateIds))
    .all();
  const candidateTags = tagIdsOf(candidateIds);
  const asCandidate = (row: Omit<typeof target, 'updatedAt'>) => ({
    id: row.id,
    categoryId: row.categoryId,
    tagIds: row.id === target.id ? targetTags : (candidateTags.get(row.id) ?? []),
    titleTerms: stemTerms(row.searchTitle),
    bodyTerms: stemTerms(row.searchBody),
    publishAt: row.publishAt ?? now,
  });
  const ranked = rankRelated(asCandidate(target), rows.map((row) => asCandidate({ ...row, locale: target.locale })), now, relatedCount.max);
  // When it last became what readers see: its publish time, or a later write (a backdated or
  // imported release is published long after its date, an edit may change its neighbours).
  const changedAt = new Date(Math.max(target.publishAt?.getTime() ?? 0, target.updatedAt.getTime()));
  try {
    db.transaction((tx) => {
      tx.delete(relatedArticles).where(eq(relatedArticles.articleId, target.id)).run();
      if (ranked.length === 0) return;
      tx.insert(relatedArticles).values(ranked.map((relatedId, position) => ({ articleId: target.id, position, relatedId, computedAt: now }))).run();
      // Its neighbours' lists ranked before that could not hold it as it is: they rank again on their next view.
      tx.delete(relatedArticles).where(and(inArray(relatedArticles.articleId, ranked), lt(relatedArticles.computedAt, changedAt))).run();
    });
  } catch (error) {
    // The stored list only saves the next view some work: a reader's page must not fail because
    // another process (an import committing a batch) held the write lock past the busy timeout.
    console.error(`Related news of article ${target.id} ranked but not stored`, error);
  }
  return ranked;
}
