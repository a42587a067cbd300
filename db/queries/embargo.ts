import 'server-only';
import { and, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { SharedLinkKind } from '@/lib/domain';
import type { Actor } from '@/lib/permissions';
import type { Tx } from '../client';
import { db } from '../index';
import { articleRevisions, articles, embargoLinks, users } from '../schema';
import { recordAudit } from './audit';

/**
 * Links for people without an account, of two kinds (db/schema.ts `embargoLinks`): embargo links
 * and draft preview links. Every function names the kind it works on; audit entries are
 * `embargoLink.*` or `previewLink.*`.
 */
export interface EmbargoLink {
  id: number;
  token: string;
  expiresAt: Date;
  revokedAt: Date | null;
  revisionId: number | null;
  createdBy: number;
  createdByName: string;
  createdAt: Date;
}

export function listEmbargoLinks({ articleId, kind = 'embargo' }: { articleId: number; kind?: SharedLinkKind }): EmbargoLink[] {
  return db
    .select({ id: embargoLinks.id, token: embargoLinks.token, expiresAt: embargoLinks.expiresAt, revokedAt: embargoLinks.revokedAt, revisionId: embargoLinks.revisionId, createdBy: embargoLinks.createdBy, createdByName: users.name, createdAt: embargoLinks.createdAt })
    .from(embargoLinks)
    .innerJoin(users, eq(users.id, embargoLinks.createdBy))
    .where(and(eq(embargoLinks.articleId, articleId), eq(embargoLinks.kind, kind)))
    .orderBy(desc(embargoLinks.createdAt), desc(embargoLinks.id))
    .all();
}

export function createEmbargoLink({ actor, articleId, token, expiresAt, kind = 'embargo', revisionId = null }: { actor: Actor; articleId: number; token: string; expiresAt: Date; kind?: SharedLinkKind; revisionId?: number | null }) {
  return db.transaction((tx) => {
    const row = tx.insert(embargoLinks).values({ articleId, token, expiresAt, kind, revisionId, createdBy: actor.id }).returning({ id: embargoLinks.id }).get();
    recordAudit(tx, { actorId: actor.id, action: `${kind}Link.create`, entityType: 'article', entityId: articleId, details: { linkId: row.id, expiresAt: expiresAt.toISOString(), ...(revisionId ? { revisionId } : {}) } });
    return row;
  });
}

export function revokeEmbargoLink({ actor, articleId, linkId, kind = 'embargo' }: { actor: Actor; articleId: number; linkId: number; kind?: SharedLinkKind }): boolean {
  return db.transaction((tx) => {
    const updated = tx
      .update(embargoLinks)
      .set({ revokedAt: new Date() })
      .where(and(eq(embargoLinks.id, linkId), eq(embargoLinks.articleId, articleId), eq(embargoLinks.kind, kind), isNull(embargoLinks.revokedAt)))
      .run();
    if (updated.changes > 0) recordAudit(tx, { actorId: actor.id, action: `${kind}Link.revoke`, entityType: 'article', entityId: articleId, details: { linkId } });
    return updated.changes > 0;
  });
}


/**
 * Revokes every active link of the given kinds of an article inside the transaction that takes the
 * article out of approved or published (back to draft, unpublish, withdrawal), with one audit
 * entry per kind naming the links.
 */
export function revokeAllEmbargoLinks(
  tx: Tx,
  { actor, articleId, reason, now, kinds = ['embargo'] }: { actor: Actor; articleId: number; reason: string; now: Date; kinds?: readonly SharedLinkKind[] },
): number[] {
  const revoked = tx
    .update(embargoLinks)
    .set({ revokedAt: now })
    .where(and(eq(embargoLinks.articleId, articleId), inArray(embargoLinks.kind, [...kinds]), isNull(embargoLinks.revokedAt), gt(embargoLinks.expiresAt, now)))
    .returning({ id: embargoLinks.id, kind: embargoLinks.kind })
    .all();
  for (const kind of kinds) {
    const linkIds = revoked.filter((link) => link.kind === kind).map((link) => link.id);
    if (linkIds.length > 0) recordAudit(tx, { actorId: actor.id, action: `${kind}Link.revokeAll`, entityType: 'article', entityId: articleId, details: { linkIds, reason } });
  }
  return revoked.map((link) => link.id);
}

const linkedArticle = {
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
};

/** The embargo link and the article it opens, whatever the link's state (the page says why it no longer works). */
export function getEmbargoedArticle({ token }: { token: string }) {
  const row = db
    .select({ expiresAt: embargoLinks.expiresAt, revokedAt: embargoLinks.revokedAt, article: linkedArticle })
    .from(embargoLinks)
    .innerJoin(articles, eq(articles.id, embargoLinks.articleId))
    .where(and(eq(embargoLinks.token, token), eq(embargoLinks.kind, 'embargo')))
    .get();
  return row ?? null;
}

/**
 * The preview link and the revision it shows: the article's facts (dateline, images, state) with
 * the revision's title, summary and body, whatever the link's state.
 */
export function getPreviewedRevision({ token }: { token: string }) {
  const row = db
    .select({
      expiresAt: embargoLinks.expiresAt,
      revokedAt: embargoLinks.revokedAt,
      article: linkedArticle,
      revision: { title: articleRevisions.title, summary: articleRevisions.summary, body: articleRevisions.body },
    })
    .from(embargoLinks)
    .innerJoin(articles, eq(articles.id, embargoLinks.articleId))
    .innerJoin(articleRevisions, eq(articleRevisions.id, embargoLinks.revisionId))
    .where(and(eq(embargoLinks.token, token), eq(embargoLinks.kind, 'preview')))
    .get();
  if (!row) return null;
  return { expiresAt: row.expiresAt, revokedAt: row.revokedAt, article: { ...row.article, ...row.revision } };
}
