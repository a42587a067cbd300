import { and, eq, gt, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import type { AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { articles } from './schema';

/**
 * The one rule for every public surface (pages, lists, search, related news, feeds, sitemap):
 * an article is public when it is published, its publish time has come and its expiry time (if
 * any) has not. Embargoed articles therefore appear at their time, and expiring ones leave at
 * theirs, without anyone acting.
 */
/** The columns the rule reads: the articles table's, or an alias of it (a sitemap's language versions). */
type VisibilityColumns = Record<'status' | 'publishAt' | 'expiresAt', AnySQLiteColumn>;

export function publiclyVisible(now: Date = new Date(), table: VisibilityColumns = articles): SQL {
  return and(eq(table.status, 'published'), isNotNull(table.publishAt), lte(table.publishAt, now), or(isNull(table.expiresAt), gt(table.expiresAt, now)))!;
}
