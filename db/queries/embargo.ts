import 'server-only';
import { and, desc, eq, gt, isNull } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { type Db, db } from '../index';
import { articles, embargoLinks, users } from '../schema';
import { recordAudit } from './audit';

export interface EmbargoLink {
  id: number;
  token: string;
  expiresAt: Date;
  revokedAt: Date | null;
  createdByName: string;
  createdAt: Date;
}

export function listEmbargoLinks({ articleId }: { articleId: number }): EmbargoLink[] {
  return db
    .select({ id: embargoLinks.id, token: embargoLinks.token, expiresAt: embargoLinks.expiresAt, revokedAt: embargoLinks.revokedAt, createdByName: users.name, createdAt: embargoLinks.createdAt })
    .from(embargoLinks)
    .innerJoin(users, eq(users.id, embargoLinks.createdBy))
    .where(eq(embargoLinks.articleId, articleId))
    .orderBy(desc(embargoLinks.createdAt))
    .all();
}

export function createEmbargoLink({ actor, articleId, token, expiresAt }: { actor: Actor; articleId: number; token: string; expiresAt: Date }) {
  return db.transaction((tx) => {
    const row = tx.insert(embargoLinks).values({ articleId, token, expiresAt, createdBy: actor.id }).returning({ id: embargoLinks.id }).get();
    recordAudit(tx, { actorId: actor.id, action: 'embargoLink.create', entityType: 'article', entityId: articleId, details: { linkId: row.id, expiresAt: expiresAt.toISOString() } });
    return row;
  });
}

export function revokeEmbargoLink({ actor, articleId, linkId }: { actor: Actor; articleId: number; linkId: number }): boolean {
  return db.transaction((tx) => {
    const updated = tx
      .update(embargoLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(embargoLinks.id, linkId), eq(embargoLinks.articleId, articleId), isNull(embargoLinks.revokedAt)))
      .run();
    if (updated.changes > 0) recordAudit(tx, { actorId: actor.id, action: 'embargoLink.revoke', entityType: 'article', entityId: articleId, details: { linkId } });
    return updated.changes > 0;
  });
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Revokes every active link of an article inside the transaction that takes the article out of
 * approved or published (back to draft, unpublish), with one audit entry naming the links.
 */
export function revokeAllEmbargoLinks(tx: Tx, { actor, articleId, reason, now }: { actor: Actor; articleId: number; reason: string; now: Date }): number[] {
  const revoked = tx
    .update(embargoLinks)
    .set({ revokedAt: now })
    .where(and(eq(embargoLinks.articleId, articleId), isNull(embargoLinks.revokedAt), gt(embargoLinks.expiresAt, now)))
    .returning({ id: embargoLinks.id })
    .all()
    .map((row) => row.id);
  if (revoked.length > 0) recordAudit(tx, { actorId: actor.id, action: 'embargoLink.revokeAll', entityType: 'article', entityId: articleId, details: { linkIds: revoked, reason } });
  return revoked;
}

/** The link and the article it opens, whatever the link's state (the page says why it no longer works). */
export function getEmbargoedArticle({ token }: { token: string }) {
  const row = db
    .select({
      expiresAt: embargoLinks.expiresAt,
      revokedAt: embargoLinks.revokedAt,
      article: {
        id: articles.id,
        locale: articles.locale,
        title: articles.title,
        summary: articles.summary,
        body: articles.body,
        datelineCity: articles.datelineCity,
        source: articles.source,
        publishAt: articles.publishAt,
        status: articles.status,
        featuredMediaId: articles.featuredMediaId,
      },
    })
    .from(embargoLinks)
    .innerJoin(articles, eq(articles.id, embargoLinks.articleId))
    .where(eq(embargoLinks.token, token))
    .get();
  return row ?? null;
}
