import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { rankRelated, relatedCount, salientTerms } from '@/lib/related';
import { stemTerms } from '@/lib/search-text';
import { db } from '../index';
import { articles, articleTags } from '../schema';
import { publiclyVisible } from '../visibility';
import { fullTextIds } from './full-text';
import { type ArticleCard, cards, newestFirst, toCard } from './public-article';

/** Candidate pools for related news: each bounded, so the cost does not grow with the archive. */
const relatedPools = { byTag: 40, byCategory: 20, byText: 30, latest: 10 } as const;

/**
 * Up to six public articles related to `articleId`, in its language, best first (lib/related.ts
 * ranks them). Candidates come from indexed lookups only — shared tags, same category, FTS5
 * neighbours of the title's terms, and the latest — never from a scan of the archive.
 */
export function listRelatedArticles({ articleId, now = new Date() }: { articleId: number; now?: Date }): ArticleCard[] {
  const target = db
    .select({ id: articles.id, locale: articles.locale, categoryId: articles.categoryId, searchTitle: articles.searchTitle, searchBody: articles.searchBody, publishAt: articles.publishAt })
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
    const match = titleTerms.map((term) => `"${term.replaceAll('"', '""')}"`).join(' OR ');
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
  const asCandidate = (row: typeof target) => ({
    id: row.id,
    categoryId: row.categoryId,
    tagIds: row.id === target.id ? targetTags : (candidateTags.get(row.id) ?? []),
    titleTerms: stemTerms(row.searchTitle),
    bodyTerms: stemTerms(row.searchBody),
    publishAt: row.publishAt ?? now,
  });
  const ranked = rankRelated(asCandidate(target), rows.map((row) => asCandidate({ ...row, locale: target.locale })), now, relatedCount.max);
  const byId = new Map(cards().where(inArray(articles.id, ranked)).all().map((row) => [row.id, toCard(row)]));
  return ranked.map((id) => byId.get(id)).filter((card): card is ArticleCard => card !== undefined);
}
