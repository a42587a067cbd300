import type { ArticleStatus } from './domain';
import { type Actor, type ArticleAction, type ArticleFacts, can } from './permissions';

/** What a user can do to move an article along: the buttons of the review workflow. */
export const workflowActions = ['submit', 'requestChanges', 'approve', 'publish', 'unpublish', 'reopen'] as const;
export type WorkflowAction = (typeof workflowActions)[number];

interface Transition {
  from: readonly ArticleStatus[];
  permission: ArticleAction;
  to: ArticleStatus;
}

const transitions: Record<WorkflowAction, Transition> = {
  submit: { from: ['draft', 'changes_requested'], permission: 'article.submit', to: 'in_review' },
  requestChanges: { from: ['in_review'], permission: 'article.requestChanges', to: 'changes_requested' },
  // Approving with a publish time publishes at that time: the article is scheduled (embargoed).
  approve: { from: ['in_review'], permission: 'article.approve', to: 'approved' },
  publish: { from: ['approved', 'unpublished'], permission: 'article.publish', to: 'published' },
  unpublish: { from: ['published'], permission: 'article.unpublish', to: 'unpublished' },
  // Back to draft: the approval (or the publication, once taken down) no longer stands.
  reopen: { from: ['approved', 'unpublished'], permission: 'article.reopen', to: 'draft' },
};

/** Who hears about a transition: the article's author, or everyone who reviews. */
export type Audience = 'author' | 'reviewers';

const audiences: Record<WorkflowAction, Audience> = {
  submit: 'reviewers',
  requestChanges: 'author',
  approve: 'author',
  publish: 'author',
  unpublish: 'author',
  reopen: 'author',
};

export interface TransitionRequest {
  actor: Actor;
  article: ArticleFacts;
  action: WorkflowAction;
  now: Date;
  /** Review note; required to request changes. */
  comment?: string;
  /** For approve and publish: when the article becomes public. Absent means now (publish) or later (approve). */
  publishAt?: Date | null;
}

export type TransitionRefusal = 'forbidden' | 'invalid_state' | 'comment_required';

export type TransitionDecision =
  | {
      ok: true;
      from: ArticleStatus;
      to: ArticleStatus;
      /** The publish time to store; undefined leaves the stored one as it is. */
      publishAt: Date | null | undefined;
      /** True when the article is published for a future moment (embargoed until then). */
      scheduled: boolean;
      notify: Audience;
    }
  | { ok: false; reason: TransitionRefusal };

/**
 * The review workflow as a pure function over (user, article, action). Permission comes from
 * `can()`, so four eyes (nobody approves or publishes their own words, or words they last edited)
 * holds here exactly as everywhere else.
 */
export function decideTransition(request: TransitionRequest): TransitionDecision {
  const { actor, article, action, now } = request;
  const transition = transitions[action];
  if (!transition.from.includes(article.status)) return { ok: false, reason: 'invalid_state' };
  if (!can(actor, transition.permission, article)) return { ok: false, reason: 'forbidden' };
  if (action === 'requestChanges' && (request.comment ?? '').trim() === '') return { ok: false, reason: 'comment_required' };

  const base = { ok: true as const, from: article.status, notify: audiences[action] };
  if (action === 'approve' && request.publishAt) {
    // An approval with a time hands the article to the visibility rule, which shows it at that time.
    const publishAt = request.publishAt;
    return { ...base, to: 'published', publishAt, scheduled: publishAt.getTime() > now.getTime() };
  }
  if (action === 'publish') {
    const publishAt = request.publishAt ?? now;
    return { ...base, to: 'published', publishAt, scheduled: publishAt.getTime() > now.getTime() };
  }
  if (action === 'unpublish') return { ...base, to: 'unpublished', publishAt: undefined, scheduled: false };
  return { ...base, to: transition.to, publishAt: undefined, scheduled: false };
}

/** The permission (in lib/permissions.ts) that an action needs. */
export function permissionFor(action: WorkflowAction): ArticleAction {
  return transitions[action].permission;
}

/** The workflow actions this user may take on this article now, for the buttons shown. */
export function availableActions(actor: Actor, article: ArticleFacts): WorkflowAction[] {
  return workflowActions.filter((action) => {
    const transition = transitions[action];
    return transition.from.includes(article.status) && can(actor, transition.permission, article);
  });
}

/** Published with a publish time still ahead: embargoed. */
export function isScheduled(status: ArticleStatus, publishAt: Date | null, now: Date): boolean {
  return status === 'published' && publishAt !== null && publishAt.getTime() > now.getTime();
}
