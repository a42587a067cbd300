import type { ArticleStatus } from '../domain';
import { type Actor, type ArticleFacts, can, worksIn } from '../permissions';
import { availableActions, type WorkflowAction } from '../workflow';

/**
 * Why an article the user can see is not theirs to edit now, and the workflow step (if they may
 * take it) that would open it again: the editor says so instead of showing fields that do nothing.
 */
export type ReadOnlyReason = 'otherDesk' | 'inReview' | 'othersDraft' | 'approved' | 'published' | 'unpublished' | 'withdrawn';

export interface ReadOnlyNotice {
  reason: ReadOnlyReason;
  /** The step that would make the text editable again, when this user may take it. */
  remedy: WorkflowAction | null;
}

const reasonByStatus: Record<ArticleStatus, ReadOnlyReason> = {
  draft: 'othersDraft',
  changes_requested: 'othersDraft',
  in_review: 'inReview',
  approved: 'approved',
  published: 'published',
  unpublished: 'unpublished',
  withdrawn: 'withdrawn',
};

/** Steps that lead back to an editable text, in the order they are offered. */
const remedies: readonly WorkflowAction[] = ['reopen', 'unpublish'];

export function readOnlyNotice(actor: Actor, article: ArticleFacts): ReadOnlyNotice | null {
  if (can(actor, 'article.edit', article)) return null;
  if (!worksIn(actor, article.locale)) return { reason: 'otherDesk', remedy: null };
  const offered = availableActions(actor, article);
  return { reason: reasonByStatus[article.status], remedy: remedies.find((step) => offered.includes(step)) ?? null };
}
