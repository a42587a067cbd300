import { and, eq, isNotNull, lte, type SQL } from 'drizzle-orm';
import { articles } from './schema';

/**
 * The one rule for every public surface (pages, lists, search, related news, feeds, sitemap):
 * an article is public when it is published and its publish time has come. Embargoed articles
 * therefore appear at their time without anyone acting.
 */
export function publiclyVisible(now: Date = new Date()): SQL {
  return and(eq(articles.status, 'published'), isNotNull(articles.publishAt), lte(articles.publishAt, now))!;
}
