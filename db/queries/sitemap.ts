import 'server-only';
import { and, asc, between, eq, max } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { blockIds } from '@/lib/sitemap';
import { db } from '../index';
import { articles } from '../schema';
import { publiclyVisibleRow } from '../visibility';

/**
 * The sitemap's blocks of article ids (lib/sitemap.ts) that hold at least one public article:
 * one seek per block up to the highest id (a rowid range, stopping at its first public row),
 * never a scan of the archive.
 */
export function listSitemapBlocks({ now = new Date() }: { now?: Date } = {}): number[] {
  const highest = db.select({ id: max(articles.id) }).from(articles).get()?.id ?? 0;
  const blocks: number[] = [];
  for (let block = 0; blockIds(block).first <= highest; block += 1) {
    const { first, last } = blockIds(block);
    const any = db
      .select({ id: articles.id })
      .from(articles)
      .where(and(between(articles.id, first, last), publiclyVisibleRow(now)))
      .limit(1)
      .get();
    if (any) blocks.push(block);
  }
  return blocks;
}

export interface SitemapArticle {
  locale: string;
  slug: string;
  updatedAt: Date;
  /** Every public language version of its release, itself included: locale → slug. */
  versions: Record<string, string>;
}

/** The public articles of one block, oldest first, each with its public language versions. */
export function listSitemapBlock({ block, now = new Date() }: { block: number; now?: Date }): SitemapArticle[] {
  const { first, last } = blockIds(block);
  const version = alias(articles, 'version');
  const rows = db
    .select({ id: articles.id, locale: articles.locale, slug: articles.slug, revisedAt: articles.revisedAt, publishAt: articles.publishAt, versionLocale: version.locale, versionSlug: version.slug })
    .from(articles)
    .innerJoin(version, eq(version.translationGroupId, articles.translationGroupId))
    .where(and(between(articles.id, first, last), publiclyVisibleRow(now), publiclyVisibleRow(now, version)))
    .orderBy(asc(articles.id))
    .all();
  const byId = new Map<number, SitemapArticle>();
  for (const row of rows) {
    // When the text readers see last changed: its last correction, else its publication (not workflow bookkeeping).
    const entry = byId.get(row.id) ?? { locale: row.locale, slug: row.slug, updatedAt: row.revisedAt ?? row.publishAt ?? new Date(0), versions: {} };
    entry.versions[row.versionLocale] = row.versionSlug;
    byId.set(row.id, entry);
  }
  return [...byId.values()];
}
