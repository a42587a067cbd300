import 'server-only';
import type { Actor } from '@/lib/permissions';
import type { decideApproveAndPublish } from '@/lib/approve-and-publish';
import { db } from '../index';
import { transitionArticle } from './article-workflow';
import type { EditorArticle } from './editor-article';

type Decided = Extract<ReturnType<typeof decideApproveAndPublish>, { ok: true }>;

class StateMoved extends Error {}

/**
 * Applies both steps of "approve and publish now" in one transaction: each exactly as on its own
 * (state, audit entry, frozen image texts, notifications; `transitionArticle`'s transactions nest
 * as savepoints), and if either finds the state moved, neither is kept.
 */
export function approveAndPublishArticle({
  actor,
  article,
  decision,
  now,
}: {
  actor: Actor;
  article: Pick<EditorArticle, 'id' | 'authorId' | 'status' | 'locale'>;
  decision: Decided;
  now: Date;
}): { changed: boolean } {
  try {
    return db.transaction(() => {
      if (!transitionArticle({ actor, article, action: 'approve', decision: decision.approve, now }).changed) throw new StateMoved();
      const approved = { ...article, status: decision.approve.to };
      if (!transitionArticle({ actor, article: approved, action: 'publish', decision: decision.publish, now }).changed) throw new StateMoved();
      return { changed: true };
    });
  } catch (error) {
    if (error instanceof StateMoved) return { changed: false };
    throw error;
  }
}
