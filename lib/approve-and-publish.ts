import type { Actor, ArticleFacts } from './permissions';
import { decideTransition, type TransitionDecision, type TransitionRefusal } from './workflow';

type Decided = Extract<TransitionDecision, { ok: true }>;

/**
 * "Approve and publish now": the two workflow steps a reviewer would take one after the other,
 * decided together, each by the same rules (`decideTransition`, so four eyes holds for both). Both
 * or neither: the caller applies them in one transaction.
 */
export function decideApproveAndPublish({ actor, article, now }: { actor: Actor; article: ArticleFacts; now: Date }):
  | { ok: true; approve: Decided; publish: Decided }
  | { ok: false; reason: TransitionRefusal } {
  const approve = decideTransition({ actor, article, action: 'approve', now, publishAt: null });
  if (!approve.ok) return approve;
  const publish = decideTransition({ actor, article: { ...article, status: approve.to }, action: 'publish', now, publishAt: now });
  if (!publish.ok) return publish;
  return { ok: true, approve, publish };
}

/** Whether the one-step button is offered. */
export function canApproveAndPublish(actor: Actor, article: ArticleFacts): boolean {
  return decideApproveAndPublish({ actor, article, now: new Date() }).ok;
}
