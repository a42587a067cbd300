import { and, eq, gt, isNotNull, isNull, lte, or, type SQL } from 'drizzle-orm';
import { articles } from './schema';

/**
 * The one rule for every public surface (pages, lists, search, related news, feeds, sitemap):
 * an article is public when it is published, its publish time has come and its expiry time (if
 * any) has not. Embargoed articles therefore appear at their time, and expiring ones leave at
 * theirs, without anyone acting.
 */
export function publiclyVisible(now: Date = new Date()): SQL {
  return and(eq(articles.status, 'published'), isNotNull(articles.publishAt), lte(articles.publishAt, now), or(isNull(articles.expiresAt), gt(articles.expiresAt, now)))!;
}
