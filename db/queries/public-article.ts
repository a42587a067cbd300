import 'server-only';
import { and, desc, eq, inArray, ne, type SQL } from 'drizzle-orm';
import type { SelectedFields } from 'drizzle-orm/sqlite-core';
import { type Locale, locales } from '@/i18n/config';
import { db } from '../index';
import { articles, articleTags, categoryTranslations, tags, users } from '../schema';
import { publiclyVisible, publiclyVisibleRow } from '../visibility';

/** What readers get of an article: the card every list shows, and the article page itself. */

export interface ArticleCard {
  id: number;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  datelineCity: string;
  source: string;
  publishAt: Date;
  category: { name: string; slug: string } | null;
}

export interface PublicArticle extends ArticleCard {
  translationGroupId: string;
  body: unknown;
  featuredMediaId: number | null;
  updatedAt: Date;
  /** When an approved correction last changed the live text; null if never. */
  revisedAt: Date | null;
  authorName: string;
  tags: { name: string; slug: string }[];
  /** Published language versions of the same release, this one excluded. */
  translations: { locale: string; slug: string; title: string }[];
}

const cardColumns = {
  id: articles.id,
  locale: articles.locale,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  datelineCity: articles.datelineCity,
  source: articles.source,
  publishAt: articles.publishAt,
  categoryName: categoryTranslations.name,
  categorySlug: categoryTranslations.slug,
};

/** A card as `cardColumns` selects it: the category's columns side by side, a publish time that may be null. */
type CardRow = Omit<ArticleCard, 'publishAt' | 'category'> & { publishAt: Date | null; categoryName: string | null; categorySlug: string | null };

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    datelineCity: row.datelineCity,
    source: row.source,
    // publiclyVisible() guarantees a publish time for every public row.
    publishAt: row.publishAt ?? new Date(0),
    category: row.categoryName && row.categorySlug ? { name: row.categoryName, slug: row.categorySlug } : null,
  };
}

const categoryOfArticle = and(eq(categoryTranslations.categoryId, articles.categoryId), eq(categoryTranslations.locale, articles.locale));

/** Article cards with their category's name, plus `extra` columns; the caller adds where and order. */
export function cards<T extends SelectedFields>(extra: T = {} as T) {
  return db
    .select({ ...cardColumns, ...extra })
    .from(articles)
    .leftJoin(categoryTranslations, categoryOfArticle)
    .$dynamic();
}

/** The cards of `ids` in the order of `ids`, read by primary key; `where` may leave some out. */
export function cardsInOrder(ids: readonly number[], where?: SQL): ArticleCard[] {
  if (ids.length === 0) return [];
  const byId = new Map(cards().where(and(inArray(articles.id, [...ids]), where)).all().map((row) => [row.id, toCard(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Public lists' order: newest first, ties by id so pages never overlap. */
export const newestFirst = [desc(articles.publishAt), desc(articles.id)] as const;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageCount: number;
}

export function paged<T>(items: T[], total: number, page: number, pageSize: number): Page<T> {
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

export function getPublicArticle({ locale, slug }: { locale: Locale; slug: string }): PublicArticle | null {
  const row = db
    .select({ ...cardColumns, translationGroupId: articles.translationGroupId, body: articles.body, featuredMediaId: articles.featuredMediaId, updatedAt: articles.updatedAt, revisedAt: articles.revisedAt, authorName: users.name })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .leftJoin(categoryTranslations, categoryOfArticle)
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug), publiclyVisibleRow()))
    .get();
  if (!row) return null;

  const articleTagRows = db
    .select({ name: tags.name, slug: tags.slug })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, row.id))
    .orderBy(tags.name)
    .all();

  const translations = db
    .select({ locale: articles.locale, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(and(eq(articles.translationGroupId, row.translationGroupId), ne(articles.id, row.id), publiclyVisibleRow()))
    .all();

  return {
    ...toCard(row),
    translationGroupId: row.translationGroupId,
    body: row.body,
    featuredMediaId: row.featuredMediaId,
    updatedAt: row.updatedAt,
    revisedAt: row.revisedAt,
    authorName: row.authorName,
    tags: articleTagRows,
    translations,
  };
}

/** Where a public article lives and what it is called, by id; null when it is not public. */
export function findPublicArticleAddress(id: number): { locale: string; slug: string; title: string } | null {
  return db.select({ locale: articles.locale, slug: articles.slug, title: articles.title }).from(articles).where(and(eq(articles.id, id), publiclyVisible())).get() ?? null;
}

/**
 * For a slug that is not in `locale`: the public translation of whichever article has that slug in
 * another language. Lets the language switcher (and shared links) land on the right version.
 */
export function findPublicTranslationBySlug({ locale, slug }: { locale: Locale; slug: string }): { slug: string } | null {
  const sources = db
    .select({ groupId: articles.translationGroupId })
    .from(articles)
    // The other languages named, not "not this one": (locale, slug) is the index, and a slug alone
    // is a scan of the archive (300 ms at 100,000 releases, on every unknown address).
    .where(and(eq(articles.slug, slug), inArray(articles.locale, locales.filter((other) => other !== locale))))
    .all();
  if (sources.length === 0) return null;
  return (
    db
      .select({ slug: articles.slug })
      .from(articles)
      .where(
        and(
          eq(articles.locale, locale),
          inArray(
            articles.translationGroupId,
            sources.map((source) => source.groupId),
          ),
          publiclyVisibleRow(),
        ),
      )
      .get() ?? null
  );
}
