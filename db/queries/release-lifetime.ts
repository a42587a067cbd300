import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { afterArticleWrite } from '../article-writes';
import { db } from '../index';
import { articles } from '../schema';
import { recordAudit } from './audit';

/**
 * When a release leaves the public site: at a set time (expiry, derived from time by
 * db/visibility.ts like the publish time) or at once for good (withdrawal, whose address then
 * answers 410 Gone).
 */
export function setArticleExpiry({ actor, articleId, expiresAt }: { actor: Actor; articleId: number; expiresAt: Date | null }): void {
  db.transaction((tx) => {
    const status = tx.select({ status: articles.status }).from(articles).where(eq(articles.id, articleId)).get()?.status ?? null;
    tx.update(articles).set({ expiresAt, updatedAt: new Date() }).where(eq(articles.id, articleId)).run();
    afterArticleWrite(tx, { articleId, previousStatus: status });
    recordAudit(tx, { actorId: actor.id, action: expiresAt ? 'article.setExpiry' : 'article.clearExpiry', entityType: 'article', entityId: articleId, details: expiresAt ? { expiresAt: expiresAt.toISOString() } : null });
  });
}

// Prepared once, like the moved-address lookup (db/queries/redirects.ts): the address gate asks on every
// article page, and building the query each time cost it ten times the lookup itself.
let withdrawalStatement: ReturnType<typeof prepareWithdrawal> | undefined;
const prepareWithdrawal = () =>
  db
    .select({ reason: articles.withdrawalReason })
    .from(articles)
    .where(and(eq(articles.locale, sql.placeholder('locale')), eq(articles.slug, sql.placeholder('slug')), eq(articles.status, 'withdrawn')))
    .prepare();

/** A withdrawn release at this address, with the reason given, or null. */
export function getWithdrawal({ locale, slug }: { locale: string; slug: string }): { reason: string | null } | null {
  const row = (withdrawalStatement ??= prepareWithdrawal()).get({ locale, slug });
  return row ? { reason: row.reason } : null;
}
