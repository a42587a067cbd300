import 'server-only';
import { and, eq, exists, ne, or, sql } from 'drizzle-orm';
import { type Actor, type ArticleFacts, can } from '@/lib/permissions';
import type { Db, Tx } from '../client';
import { db } from '../index';
import { articles, articleTags, tags, users } from '../schema';
import { publiclyVisible } from '../visibility';

/** Reads of one article for the newsroom: the editor's view of it, its tags, its other language versions. */

/** An article's text and what is filed with it: what a correction's copy (corrections.ts) carries too. */
export interface ArticleText {
  title: string;
  summary: string;
  body: unknown;
  datelineCity: string;
  source: string;
  categoryId: number | null;
  featuredMediaId: number | null;
}

export interface EditorArticle extends ArticleFacts, ArticleText {
  id: number;
  translationGroupId: string;
  locale: string;
  slug: string;
  authorName: string;
  reviewerId: number | null;
  publishAt: Date | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  translatedFromId: number | null;
  translatedFromVersion: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  tags: string[];
}

const editorColumns = {
  id: articles.id,
  translationGroupId: articles.translationGroupId,
  locale: articles.locale,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  body: articles.body,
  datelineCity: articles.datelineCity,
  source: articles.source,
  categoryId: articles.categoryId,
  featuredMediaId: articles.featuredMediaId,
  status: articles.status,
  authorId: articles.authorId,
  authorName: users.name,
  lastEditorId: articles.lastEditorId,
  reviewerId: articles.reviewerId,
  publishAt: articles.publishAt,
  publishedAt: articles.publishedAt,
  expiresAt: articles.expiresAt,
  withdrawnAt: articles.withdrawnAt,
  withdrawalReason: articles.withdrawalReason,
  translatedFromId: articles.translatedFromId,
  translatedFromVersion: articles.translatedFromVersion,
  version: articles.version,
  createdAt: articles.createdAt,
  updatedAt: articles.updatedAt,
};

export function tagNamesOf(reader: Db | Tx, articleId: number): string[] {
  return reader
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(tags.name)
    .all()
    .map((row) => row.name);
}

/** An article with everything the editor, the workflow and the permission check need. */
export function getEditorArticle({ id }: { id: number }): EditorArticle | null {
  const row = db.select(editorColumns).from(articles).innerJoin(users, eq(users.id, articles.authorId)).where(eq(articles.id, id)).get();
  return row ? { ...row, tags: tagNamesOf(db, row.id) } : null;
}

/** The other language versions of an article's release. */
export function listTranslations({ article }: { article: Pick<EditorArticle, 'id' | 'translationGroupId'> }) {
  return db
    .select({ id: articles.id, locale: articles.locale, title: articles.title, status: articles.status })
    .from(articles)
    .where(and(eq(articles.translationGroupId, article.translationGroupId), ne(articles.id, article.id)))
    .all();
}

/**
 * Tag names already used in a language, for the editor's autocomplete. Those who see every article
 * get every tag; a writer only the tags of public articles and of their own, since a tag can
 * announce what a colleague's draft or an embargoed release is about.
 */
export function listTagNames({ viewer, locale, now = new Date() }: { viewer: Actor; locale: string; now?: Date }): string[] {
  const seesAll = can(viewer, 'article.viewAll');
  const visibleUse = db
    .select({ one: sql`1` })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tags.id), or(publiclyVisible(now), eq(articles.authorId, viewer.id))));
  return db
    .select({ name: tags.name })
    .from(tags)
    .where(and(eq(tags.locale, locale), seesAll ? undefined : exists(visibleUse)))
    .orderBy(tags.name)
    .all()
    .map((row) => row.name);
}
