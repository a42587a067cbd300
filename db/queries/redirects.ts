import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { articlePath, toUri } from '@/lib/paths';
import { redirectKey } from '@/lib/redirects';
import type { Db, Tx } from '../client';
import { db } from '../index';
import { articles, redirects } from '../schema';
import { publiclyVisible } from '../visibility';


export type RedirectReason = 'slug' | 'wordpress';

/**
 * Whether an address ever moved, as one statement prepared once: the address gate asks on every public
 * page, and nearly always for an address that never did (a prepared lookup takes about 10 µs,
 * building the query anew each time over 100 µs of the request).
 */
let movedAddressStatement: ReturnType<typeof prepareMovedAddress> | undefined;
const prepareMovedAddress = () => db.select({ articleId: redirects.articleId }).from(redirects).where(eq(redirects.path, sql.placeholder('key'))).prepare();
const movedAddress = () => (movedAddressStatement ??= prepareMovedAddress());

/**
 * Where an old address points now: the current public path of its article, or null when the
 * address is not a moved one or its article is not public (a 301 must not reveal the new address
 * of an unpublished release). The article's current slug is read here, so a chain of renames
 * answers in one hop.
 */
export function findRedirect({ key, now = new Date() }: { key: string; now?: Date }): string | null {
  if (!movedAddress().get({ key })) return null;
  const row = db
    .select({ locale: articles.locale, slug: articles.slug })
    .from(redirects)
    .innerJoin(articles, eq(articles.id, redirects.articleId))
    .where(and(eq(redirects.path, key), publiclyVisible(now)))
    .get();
  return row ? toUri(articlePath(row.locale, row.slug)) : null;
}

/** Points an old address at an article; an address that pointed elsewhere now points here. */
export function recordMovedAddress(tx: Db | Tx, { key, articleId, reason }: { key: string; articleId: number; reason: RedirectReason }): void {
  tx.insert(redirects)
    .values({ path: key, articleId, reason })
    .onConflictDoUpdate({ target: redirects.path, set: { articleId, reason } })
    .run();
}

/**
 * An article takes an address (created, renamed or imported to it): a redirect recorded for that
 * address earlier goes, so the table never hides a live article behind a 301.
 */
export function claimArticleAddress(tx: Db | Tx, { locale, slug }: { locale: string; slug: string }): void {
  const key = redirectKey(articlePath(locale, slug));
  if (key) tx.delete(redirects).where(eq(redirects.path, key)).run();
}

/**
 * A slug change. The old address keeps answering when readers may have it: the article was
 * published at some time (a draft's address was never out, so it is not kept).
 */
export function recordSlugChange(
  tx: Db | Tx,
  { articleId, locale, from, to, everPublished }: { articleId: number; locale: string; from: string; to: string; everPublished: boolean },
): void {
  if (from === to) return;
  claimArticleAddress(tx, { locale, slug: to });
  const key = redirectKey(articlePath(locale, from));
  if (everPublished && key) recordMovedAddress(tx, { key, articleId, reason: 'slug' });
}
