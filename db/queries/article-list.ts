import 'server-only';
import { and, asc, count, desc, eq, gt, inArray, lt, or, type SQL } from 'drizzle-orm';
import type { ArticleStatus } from '@/lib/domain';
import type { ListCursor, ListPosition } from '@/lib/list-cursor';
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
    .select(dashboardColumns)
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
