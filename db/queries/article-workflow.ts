import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import type { TransitionDecision, WorkflowAction } from '@/lib/workflow';
import { afterArticleWrite } from '../article-writes';
import type { Tx } from '../client';
import { db } from '../index';
import { articles, reviewComments } from '../schema';
import { recordAudit } from './audit';
import type { EditorArticle } from './editor-article';
import { revokeAllEmbargoLinks } from './embargo';
import { freezeArticleImageTexts } from './media';
import { notify, reviewerIds } from './notifications';
import { discardOpenCorrections } from './open-corrections';

/** The workflow's steps (lib/workflow.ts `decideTransition`) as they are written: state, review note, audit entry, notifications. */

const notificationKinds: Record<WorkflowAction, string> = {
  submit: 'submitted',
  requestChanges: 'changesRequested',
  approve: 'approved',
  publish: 'published',
  unpublish: 'unpublished',
  reopen: 'reopened',
  withdraw: 'withdrawn',
};

/** What every review step leaves behind: the reviewer's note as a comment on the article, and the audit entry. */
export function recordReviewStep(
  tx: Tx,
  { actor, articleId, action, from, to, comment, details, now }: { actor: Actor; articleId: number; action: string; from: string; to: string; comment?: string; details: Record<string, unknown> | null; now: Date },
): void {
  if (comment && comment.trim() !== '') tx.insert(reviewComments).values({ articleId, authorId: actor.id, body: comment.trim(), createdAt: now }).run();
  recordAudit(tx, { actorId: actor.id, action, entityType: 'article', entityId: articleId, fromStatus: from, toStatus: to, details });
}

/**
 * Applies a decision of `decideTransition`: the new state, the review note (a comment), the audit
 * entry and the notifications, in one transaction. Refuses if the state moved meanwhile.
 */
export function transitionArticle({
  actor,
  article,
  action,
  decision,
  comment,
  reason,
  now = new Date(),
}: {
  actor: Actor;
  article: Pick<EditorArticle, 'id' | 'authorId' | 'status' | 'locale'>;
  action: WorkflowAction;
  decision: Extract<TransitionDecision, { ok: true }>;
  comment?: string;
  /** Withdrawal: the reason shown with the 410 notice, if any. */
  reason?: string;
  now?: Date;
}): { changed: boolean } {
  return db.transaction((tx) => {
    const changes: Partial<typeof articles.$inferInsert> = { status: decision.to, updatedAt: now };
    if (action === 'withdraw') Object.assign(changes, { withdrawnAt: now, withdrawalReason: reason?.trim() || null });
    if (decision.publishAt !== undefined) changes.publishAt = decision.publishAt;
    if (decision.to === 'published') changes.publishedAt = decision.publishAt ?? now;
    if (action === 'approve' || action === 'requestChanges') changes.reviewerId = actor.id;
    const updated = tx
      .update(articles)
      .set(changes)
      .where(and(eq(articles.id, article.id), eq(articles.status, decision.from)))
      .run();
    if (updated.changes === 0) return { changed: false };
    afterArticleWrite(tx, { articleId: article.id, previousStatus: decision.from });
    recordReviewStep(tx, {
      actor,
      articleId: article.id,
      action: `article.${action}`,
      from: decision.from,
      to: decision.to,
      comment,
      details: decision.publishAt ? { publishAt: decision.publishAt.toISOString(), scheduled: decision.scheduled } : action === 'withdraw' ? { reason: changes.withdrawalReason ?? null } : null,
      now,
    });
    if (action === 'approve') freezeArticleImageTexts(tx, { articleId: article.id, locale: article.locale, now });
    // Text that leaves review's hands must leave partners' hands too: the writer may rewrite it now.
    if (action === 'reopen' || action === 'unpublish') revokeAllEmbargoLinks(tx, { actor, articleId: article.id, reason: action, now });
    // A takedown takes every shared copy with it: partners' links and draft previews alike.
    if (action === 'withdraw') revokeAllEmbargoLinks(tx, { actor, articleId: article.id, reason: action, now, kinds: ['embargo', 'preview'] });
    if (action === 'unpublish' || action === 'withdraw') discardOpenCorrections(tx, { actorId: actor.id, articleId: article.id, reason: action, now });
    const kind = action === 'approve' && decision.scheduled ? 'scheduled' : notificationKinds[action];
    notify(tx, { recipients: decision.notify === 'author' ? [article.authorId] : reviewerIds(tx), kind, articleId: article.id, actorId: actor.id });
    return { changed: true };
  });
}
