import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '@/lib/permissions';
import { db } from '../index';
import { reviewComments, users } from '../schema';
import { recordAudit } from './audit';
import type { EditorArticle } from './editor-article';
import { notify } from './notifications';

/** Review comments on an article: the newsroom's conversation beside the text. */

export interface ReviewComment {
  id: number;
  body: string;
  quote: string | null;
  authorName: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

export function listComments({ articleId }: { articleId: number }): ReviewComment[] {
  return db
    .select({ id: reviewComments.id, body: reviewComments.body, quote: reviewComments.quote, authorName: users.name, createdAt: reviewComments.createdAt, resolvedAt: reviewComments.resolvedAt })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.articleId, articleId))
    .orderBy(reviewComments.createdAt, reviewComments.id)
    .all();
}

export function addComment({ actor, article, body, quote }: { actor: Actor; article: Pick<EditorArticle, 'id' | 'authorId'>; body: string; quote?: string }) {
  db.transaction((tx) => {
    const row = tx
      .insert(reviewComments)
      .values({ articleId: article.id, authorId: actor.id, body, quote: quote && quote !== '' ? quote : null })
      .returning({ id: reviewComments.id })
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'comment.create', entityType: 'article', entityId: article.id, details: { commentId: row.id } });
    notify(tx, { recipients: [article.authorId], kind: 'commented', articleId: article.id, actorId: actor.id });
  });
}

export function resolveComment({ actor, articleId, commentId }: { actor: Actor; articleId: number; commentId: number }): boolean {
  return db.transaction((tx) => {
    const updated = tx
      .update(reviewComments)
      .set({ resolvedAt: new Date(), resolvedBy: actor.id })
      .where(and(eq(reviewComments.id, commentId), eq(reviewComments.articleId, articleId), isNull(reviewComments.resolvedAt)))
      .run();
    if (updated.changes > 0) recordAudit(tx, { actorId: actor.id, action: 'comment.resolve', entityType: 'article', entityId: articleId, details: { commentId } });
    return updated.changes > 0;
  });
}
