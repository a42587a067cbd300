import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, lt, lte, ne, or, type SQL } from 'drizzle-orm';
import type { ArticleStatus, NewsroomListRow } from '@/lib/domain';
import type { ListCursor, ListPosition } from '@/lib/list-cursor';
import type { Actor } from '@/lib/permissions';
import { containsText } from '../contains-text';
import { db } from '../index';
import { articles, users } from '../schema';

/** The newsroom's lists of articles: the dashboard's and the article list's pages. */

/** The columns of an article row in newsroom lists (dashboard, article list). */
const listColumns = {
  id: articles.id,
  locale: articles.locale,
  title: articles.title,
  authorName: users.name,
  status: articles.status,
  publishAt: articles.publishAt,
  updatedAt: articles.updatedAt,
};


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
  /** The sort keys of the first and last row, for the links to the pages before and after. */
  first: ListCursor | null;
  last: ListCursor | null;
}

const keyOf = (row: { updatedAt: Date; id: number }): ListCursor => ({ updatedAt: row.updatedAt.getTime(), id: row.id });

/** Rows strictly after (older than) or before (newer than) `cursor` in the list's order. */
function beyond(cursor: ListCursor, direction: 'after' | 'before'): SQL {
  const at = new Date(cursor.updatedAt);
  const compare = direction === 'after' ? lt : gt;
  return or(compare(articles.updatedAt, at), and(eq(articles.updatedAt, at), compare(articles.id, cursor.id)))!;
}

/**
 * The newsroom's article list, newest change first (ties by id, so the order is total and stable).
 * Who may see what is the caller's `seesAll` (from `can(viewer, 'article.viewAll')`): without it,
 * only the viewer's own articles. `position` is keyset (`after`/`before` a row: lib/list-cursor.ts)
 * or a page number; SQLite walks the index `articles_newsroom_list` in the list's order and stops
 * at the page's last row, its filters checked in the index.
 */
export function listNewsroomArticles({
  viewer,
  seesAll,
  filter,
  position,
  pageSize = 25,
}: {
  viewer: Actor;
  seesAll: boolean;
  filter: ArticleListFilter;
  position: ListPosition;
  pageSize?: number;
}): ArticleListPage {
  const conditions: SQL[] = [];
  if (!seesAll) conditions.push(eq(articles.authorId, viewer.id));
  if (filter.status) conditions.push(eq(articles.status, filter.status));
  if (filter.locales) conditions.push(inArray(articles.locale, [...filter.locales]));
  const query = filter.query?.trim();
  if (query) conditions.push(containsText(articles.title, query));
  const where = conditions.length > 0 ? and(...conditions) : undefined;

  const backwards = 'before' in position;
  const keyset = 'after' in position ? beyond(position.after, 'after') : 'before' in position ? beyond(position.before, 'before') : undefined;
  const order = backwards ? [asc(articles.updatedAt), asc(articles.id)] : [desc(articles.updatedAt), desc(articles.id)];
  const rows = db
    .select(listColumns)
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .where(and(where, keyset))
    .orderBy(...order)
    .limit(pageSize)
    .offset('page' in position ? (position.page - 1) * pageSize : 0)
    .all();
  if (backwards) rows.reverse();
  const total = db.select({ n: count() }).from(articles).where(where).get()?.n ?? 0;
  return { rows, total, first: rows[0] ? keyOf(rows[0]) : null, last: rows.at(-1) ? keyOf(rows.at(-1)!) : null };
}

export interface Dashboard {
  myDrafts: NewsroomListRow[];
  changesRequested: NewsroomListRow[];
  awaitingReview: NewsroomListRow[];
  scheduled: NewsroomListRow[];
  recentlyPublished: NewsroomListRow[];
}

/**
 * The dashboard's lists for one user. Writers see their own articles; reviewers and admins also
 * see what waits for review (others' work only: nobody reviews themselves) and the whole schedule.
 */
export function getDashboard({
  viewer,
  seesAll,
  reviews = seesAll,
  locales = null,
  now = new Date(),
  limit = 20,
}: {
  viewer: Actor;
  seesAll: boolean;
  /** Whether "awaiting review" lists others' texts (a reviewer's work) or the viewer's own; defaults to `seesAll`. */
  reviews?: boolean;
  /** Only articles in these languages (the user's desks); null: all. */
  locales?: readonly string[] | null;
  now?: Date;
  limit?: number;
}): Dashboard {
  const inLanguages = locales ? inArray(articles.locale, [...locales]) : undefined;
  const list = (where: ReturnType<typeof and>, order: 'updated' | 'publishAt' | 'publishAtDesc' = 'updated') =>
    db
      .select(listColumns)
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .where(and(where, inLanguages))
      .orderBy(order === 'updated' ? desc(articles.updatedAt) : order === 'publishAt' ? articles.publishAt : desc(articles.publishAt))
      .limit(limit)
      .all();
  const mine = eq(articles.authorId, viewer.id);
  const scope = seesAll ? undefined : mine;
  return {
    myDrafts: list(and(mine, eq(articles.status, 'draft'))),
    changesRequested: list(and(mine, eq(articles.status, 'changes_requested'))),
    awaitingReview: reviews ? list(and(eq(articles.status, 'in_review'), ne(articles.authorId, viewer.id))) : list(and(mine, eq(articles.status, 'in_review'))),
    scheduled: list(and(scope, eq(articles.status, 'published'), gt(articles.publishAt, now)), 'publishAt'),
    recentlyPublished: list(and(scope, eq(articles.status, 'published'), lte(articles.publishAt, now)), 'publishAtDesc'),
  };
}
