import 'server-only';
import { and, count, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Locale } from '@/i18n/config';
import { bodyPlainText } from '@/lib/render';
import { db } from '../index';
import { articles, articleTags, tags } from '../schema';
import { publiclyVisible } from '../visibility';
import { listAllCategories } from './categories';
import { type ArticleCard, cards, cardsInOrder, newestFirst, type Page, paged, toCard } from './public-article';

/** The public site's lists: pages of articles, the home page, feeds, and the categories and tags they are filed under. */

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
  const where = and(publicOf({ locale, categoryId, now }), tagId === undefined ? undefined : inArray(articles.id, db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId))));
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  const offset = (page - 1) * pageSize;
  // The page's ids first, then its cards: the entries skipped on a deep page are read from a
  // listing index that holds every column the rule and the order read, never from the rows. The
  // index is named: left free, SQLite walks the schedule index of every published article because
  // it is already in date order, and checks each row's language and category (at 100,000
  // releases, category page 500 took 90 ms that way, 1.4 ms by `articles_category`).
  const ids =
    tagId === undefined
      ? db.all<{ id: number }>(sql`SELECT id FROM articles INDEXED BY ${sql.identifier(categoryId === undefined ? 'articles_public_listing' : 'articles_category')} WHERE ${where} ORDER BY ${sql.join([...newestFirst], sql`, `)} LIMIT ${pageSize} OFFSET ${offset}`)
      : db.select({ id: articles.id }).from(articles).where(where).orderBy(...newestFirst).limit(pageSize).offset(offset).all();
  return paged(cardsInOrder(ids.map((row) => row.id)), total, page, pageSize);
}

export interface PublicCategory {
  id: number;
  name: string;
  slug: string;
  /** The category's slug in every language, for the language switcher and hreflang. */
  slugs: Partial<Record<string, string>>;
}

/** Categories in display order, named in `locale`; those without a name in it are left out. */
function listPublicCategories({ locale }: { locale: Locale }): PublicCategory[] {
  return listAllCategories().flatMap(({ id, translations }) => {
    const own = translations[locale];
    const slugs = Object.fromEntries(Object.entries(translations).map(([language, translation]) => [language, translation?.slug]));
    return own ? [{ id, name: own.name, slug: own.slug, slugs }] : [];
  });
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

/** Public articles of one language, optionally of one category. */
function publicOf({ locale, categoryId, now = new Date() }: { locale: Locale; categoryId?: number; now?: Date }): SQL | undefined {
  return and(eq(articles.locale, locale), publiclyVisible(now), categoryId === undefined ? undefined : eq(articles.categoryId, categoryId));
}

/** The newest `limit` cards of a list, without counting the list: the home page shows only its top. */
function newestCards(where: SQL | undefined, limit: number): ArticleCard[] {
  return cards().where(where).orderBy(...newestFirst).limit(limit).all().map(toCard);
}

/**
 * The home page: lead story, the latest after it, whether there are more, and the latest few of
 * each category. Nothing is counted: at 100,000 releases, counting each list cost the home page
 * 400 ms (issue #14), where reading its top takes a few rows of the schedule index.
 */
export function getHomeSections({ locale, latest = 8, perCategory = 3 }: { locale: Locale; latest?: number; perCategory?: number }) {
  const now = new Date();
  // One more than shown tells whether a "more news" link leads anywhere.
  const newest = newestCards(publicOf({ locale, now }), latest + 2);
  const sections = listPublicCategories({ locale })
    .map((category) => ({ category, articles: newestCards(publicOf({ locale, categoryId: category.id, now }), perCategory) }))
    .filter((section) => section.articles.length > 0);
  return { lead: newest[0] ?? null, latest: newest.slice(1, latest + 1), sections, more: newest.length > latest + 1 };
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
  return cards({ translationGroupId: articles.translationGroupId, updatedAt: articles.updatedAt, body: articles.body })
    .where(publicOf({ locale, categoryId }))
    .orderBy(...newestFirst)
    .limit(limit)
    .all()
    .map((row) => ({ ...toCard(row), translationGroupId: row.translationGroupId, updatedAt: row.updatedAt, bodyText: bodyPlainText(row.body), body: row.body }));
}
