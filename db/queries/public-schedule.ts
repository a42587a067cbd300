import 'server-only';
import { and, asc, eq, gt, isNotNull, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { db } from '../index';
import { articleCorrections, articles } from '../schema';

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
