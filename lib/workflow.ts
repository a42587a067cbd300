import type { ArticleStatus, CorrectionKind, CorrectionStatus } from './domain';
import { type Actor, type ArticleAction, type ArticleFacts, can } from './permissions';

/** What a user can do to move an article along: the buttons of the review workflow. */
export const workflowActions = ['submit', 'requestChanges', 'approve', 'publish', 'unpublish', 'reopen', 'withdraw'] as const;
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
  reopen: { from: ['approved', 'unpublished', 'withdrawn'], permission: 'article.reopen', to: 'draft' },
  // A legal or editorial takedown: out of every surface, and its address answers 410 Gone.
  withdraw: { from: ['published', 'unpublished'], permission: 'article.withdraw', to: 'withdrawn' },
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
  withdraw: 'author',
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
  if (action === 'unpublish' || action === 'withdraw') return { ...base, to: transition.to, publishAt: undefined, scheduled: false };
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

/**
 * The review of a correction: a copy of a published article's text goes through the article's own
 * first three steps (same permissions, same four eyes, judged on the copy's author, last editor
 * and state), then is applied to the live text, at once or at its time, or discarded.
 */
export const correctionActions = ['submit', 'requestChanges', 'approve', 'discard'] as const;
export type CorrectionAction = (typeof correctionActions)[number];

/** What `can()` is told of a correction: the copy's author, last editor and state. */
export interface CorrectionFacts {
  authorId: number;
  lastEditorId: number | null;
  status: CorrectionStatus;
  /** The release's language (language desks); absent, no desk-limited user may act on it. */
  locale?: string;
}

/** The copy's facts in the article's vocabulary; null once applied or discarded (nothing more to do). */
export function correctionAsArticle(correction: CorrectionFacts): ArticleFacts | null {
  const { status } = correction;
  if (status === 'applied' || status === 'discarded') return null;
  return { authorId: correction.authorId, lastEditorId: correction.lastEditorId, status, locale: correction.locale };
}

export interface CorrectionRequest {
  actor: Actor;
  correction: CorrectionFacts;
  action: CorrectionAction;
  now: Date;
  comment?: string;
  /** Approving: what readers are told, its note (required for `correction`), and when it applies (absent: now). */
  kind?: CorrectionKind;
  note?: string;
  applyAt?: Date | null;
}

export type CorrectionRefusal = TransitionRefusal | 'kind_required' | 'note_required';

export type CorrectionDecision =
  | { ok: true; from: CorrectionStatus; to: CorrectionStatus; applyAt: Date | null; appliesNow: boolean; kind: CorrectionKind | null; note: string | null; notify: Audience }
  | { ok: false; reason: CorrectionRefusal };

export function decideCorrection(request: CorrectionRequest): CorrectionDecision {
  const { actor, correction, action, now } = request;
  const facts = correctionAsArticle(correction);
  if (!facts) return { ok: false, reason: 'invalid_state' };
  const none = { applyAt: null, appliesNow: false, kind: null, note: null };
  if (action === 'discard') {
    if (!can(actor, 'article.discardCorrection', facts)) return { ok: false, reason: 'forbidden' };
    return { ok: true, from: correction.status, to: 'discarded', ...none, notify: 'author' };
  }
  const decision = decideTransition({ actor, article: facts, action, now, comment: request.comment });
  if (!decision.ok) return decision;
  if (action !== 'approve') return { ok: true, from: correction.status, to: decision.to as CorrectionStatus, ...none, notify: decision.notify };
  if (!request.kind) return { ok: false, reason: 'kind_required' };
  const note = (request.note ?? '').trim();
  if (request.kind === 'correction' && note === '') return { ok: false, reason: 'note_required' };
  const applyAt = request.applyAt && request.applyAt.getTime() > now.getTime() ? request.applyAt : now;
  const appliesNow = applyAt === now;
  return { ok: true, from: correction.status, to: appliesNow ? 'applied' : 'approved', applyAt, appliesNow, kind: request.kind, note: request.kind === 'correction' ? note : null, notify: 'author' };
}

/** The correction buttons this user may press now. */
export function availableCorrectionActions(actor: Actor, correction: CorrectionFacts): CorrectionAction[] {
  return correctionActions.filter((action) => {
    const facts = correctionAsArticle(correction);
    if (!facts) return false;
    if (action === 'discard') return can(actor, 'article.discardCorrection', facts);
    return transitions[action].from.includes(facts.status) && can(actor, transitions[action].permission, facts);
  });
}
