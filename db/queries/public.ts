import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { SelectedFields, SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { Locale } from '@/i18n/config';
import { bodyPlainText } from '@/lib/render';
import { rankRelated, relatedCount, salientTerms } from '@/lib/related';
import { stemTerms } from '@/lib/search-text';
import { db } from '../index';
import { articleCorrections, articles, articleTags, categories, categoryTranslations, tags } from '../schema';
import { publiclyVisible } from '../visibility';
import { type ArticleCard, cardColumns, toCard } from './articles';
import { fullTextIds } from './full-text';

const categoryOfArticle = and(eq(categoryTranslations.categoryId, articles.categoryId), eq(categoryTranslations.locale, articles.locale));

/** Public article cards with their category's name, plus `extra` columns; the caller adds where and order. */
export function cards<T extends SelectedFields>(extra: T = {} as T) {
  return db
    .select({ ...cardColumns, ...extra })
    .from(articles)
    .leftJoin(categoryTranslations, categoryOfArticle)
    .$dynamic();
}

const newestFirst = [desc(articles.publishAt), desc(articles.id)] as const;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function paged<T>(items: T[], total: number, page: number, pageSize: number): Page<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

/** Public articles of one language, newest first, optionally of one category or tag. */
export function listPublicArticlesPage({
  locale,
  categoryId,
  tagId,
  page = 1,
  pageSize = 12,
  now = new Date(),
}: {
  locale: Locale;
  categoryId?: number;
  tagId?: number;
  page?: number;
  pageSize?: number;
  now?: Date;
}): Page<ArticleCard> {
  const conditions: SQL[] = [eq(articles.locale, locale), publiclyVisible(now)];
  if (categoryId !== undefined) conditions.push(eq(articles.categoryId, categoryId));
  if (tagId !== undefined) conditions.push(inArray(articles.id, db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId))));
  const where = and(...conditions);
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const items = cards()
    .where(where)
    .orderBy(...newestFirst)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all()
    .map(toCard);
  return paged(items, total, page, pageSize);
}

export interface PublicCategory {
  id: number;
  name: string;
  slug: string;
  /** The category's slug in every language, for the language switcher and hreflang. */
  slugs: Partial<Record<string, string>>;
}

/** Categories in display order, named in `locale`. */
export function listPublicCategories({ locale }: { locale: Locale }): PublicCategory[] {
  const rows = db
    .select({ id: categories.id, locale: categoryTranslations.locale, name: categoryTranslations.name, slug: categoryTranslations.slug })
    .from(categories)
    .innerJoin(categoryTranslations, eq(categoryTranslations.categoryId, categories.id))
    .orderBy(asc(categories.position), asc(categories.id))
    .all();
  const byId = new Map<number, PublicCategory>();
  for (const row of rows) {
    const category = byId.get(row.id) ?? { id: row.id, name: '', slug: '', slugs: {} };
    category.slugs[row.locale] = row.slug;
    if (row.locale === locale) Object.assign(category, { name: row.name, slug: row.slug });
    byId.set(row.id, category);
  }
  return [...byId.values()].filter((category) => category.slug !== '');
}

/**
 * The sections the header offers: those with at least one public article in this language (an
 * empty section is a dead end for a reader), each checked by one seek on `articles_category`.
 */
export function listNavigationCategories({ locale, now = new Date() }: { locale: Locale; now?: Date }): PublicCategory[] {
  return listPublicCategories({ locale }).filter(
    (category) =>
      db
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.categoryId, category.id), eq(articles.locale, locale), publiclyVisible(now)))
        .limit(1)
        .get() !== undefined,
  );
}

export function getPublicCategory({ locale, slug }: { locale: Locale; slug: string }): PublicCategory | null {
  return listPublicCategories({ locale }).find((category) => category.slug === slug) ?? null;
}

export function getPublicTag({ locale, slug }: { locale: Locale; slug: string }): { id: number; name: string; slug: string } | null {
  return db.select({ id: tags.id, name: tags.name, slug: tags.slug }).from(tags).where(and(eq(tags.locale, locale), eq(tags.slug, slug))).get() ?? null;
}

/** The home page: lead story, the latest after it, and the latest few of each category. */
export function getHomeSections({ locale, latest = 8, perCategory = 3 }: { locale: Locale; latest?: number; perCategory?: number }) {
  const now = new Date();
  const newest = listPublicArticlesPage({ locale, pageSize: latest + 1, now });
  const sections = listPublicCategories({ locale })
    .map((category) => ({ category, articles: listPublicArticlesPage({ locale, categoryId: category.id, pageSize: perCategory, now }).items }))
    .filter((section) => section.articles.length > 0);
  return { lead: newest.items[0] ?? null, latest: newest.items.slice(1), sections, total: newest.total };
}

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

export interface FeedItem extends ArticleCard {
  translationGroupId: string;
  updatedAt: Date;
  bodyText: string;
  /** The editor document, rendered as the item's full content. */
  body: unknown;
}

/** The latest public articles for a feed (body text for the description, the body for the content). */
export function listFeedItems({ locale, categoryId, limit = 30 }: { locale: Locale; categoryId?: number; limit?: number }): FeedItem[] {
  const conditions: SQL[] = [eq(articles.locale, locale), publiclyVisible()];
  if (categoryId !== undefined) conditions.push(eq(articles.categoryId, categoryId));
  return cards({ translationGroupId: articles.translationGroupId, updatedAt: articles.updatedAt, body: articles.body })
    .where(and(...conditions))
    .orderBy(...newestFirst)
    .limit(limit)
    .all()
    .map((row) => ({ ...toCard(row), translationGroupId: row.translationGroupId, updatedAt: row.updatedAt, bodyText: bodyPlainText(row.body), body: row.body }));
}

/**
 * The next moment a public surface changes by itself, or null: a scheduled article becoming
 * public, a public one reaching its expiry, or an approved correction taking effect. Cached pages
 * expire no later than this, so an embargo lifts, a release expires and a correction appears
 * without anyone acting.
 */
export function nextScheduledChange(now = new Date()): Date | null {
  const published = eq(articles.status, 'published');
  const times = [
    earliestAfter(articles, articles.publishAt, published, now),
    earliestAfter(articles, articles.expiresAt, published, now),
    earliestAfter(articleCorrections, articleCorrections.applyAt, eq(articleCorrections.status, 'approved'), now),
  ].filter((at): at is Date => at !== null);
  return times.length > 0 ? new Date(Math.min(...times.map((at) => at.getTime()))) : null;
}

/** The earliest value of a time column after `now` among the rows `where` selects (an index walk). */
function earliestAfter(table: typeof articles | typeof articleCorrections, column: SQLiteColumn, where: SQL, now: Date): Date | null {
  const row = db.select({ at: column }).from(table).where(and(where, isNotNull(column), gt(column, now))).orderBy(asc(column)).limit(1).get();
  const at: unknown = row?.at;
  return at instanceof Date ? at : null;
}

// The setting lives with the other organization settings; public pages read it from here.
export { publicDateStyle } from './settings';
