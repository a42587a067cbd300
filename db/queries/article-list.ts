import 'server-only';
import { and, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { ArticleStatus } from '@/lib/domain';
import type { Actor } from '@/lib/permissions';
import { containsText } from '../contains-text';
import { db } from '../index';
import { articles, users } from '../schema';
import type { NewsroomListRow } from '@/lib/domain';
import { dashboardColumns } from './newsroom';

export interface ArticleListFilter {
  status?: ArticleStatus;
  /** The languages shown; absent or null: all of them (lib/desks.ts `listLanguages`). */
  locales?: readonly string[] | null;
  /** Words in the title, matched literally (a `%` or `_` typed by the user is not a wildcard). */
  query?: string;
}

export interface ArticleListPage {
  rows: NewsroomListRow[];
  total: number;
}

/**
 * The newsroom's article list, newest change first. Who may see what is the caller's `seesAll`
 * (from `can(viewer, 'article.viewAll')`): without it, only the viewer's own articles.
 */
export function listNewsroomArticles({
  viewer,
  seesAll,
  filter,
  page,
  pageSize = 25,
}: {
  viewer: Actor;
  seesAll: boolean;
  filter: ArticleListFilter;
  page: number;
  pageSize?: number;
}): ArticleListPage {
  const conditions: SQL[] = [];
  if (!seesAll) conditions.push(eq(articles.authorId, viewer.id));
  if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.locales) conditions.push(inArray(articles.locale, [...filter.locales]));
  const query = filter.query?.trim();
  if (query) conditions.push(containsText(articles.title, query));
  const where = conditions.length > 0 ? and(...conditions) : undefined;

  const rows = db
    .select(dashboardColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .all();
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  return { rows, total };
}
