import { describe, expect, it } from 'vitest';
import { articleStatuses, type ArticleStatus } from './domain';
import type { Actor } from './permissions';
import { availableActions, decideTransition, isScheduled, workflowActions, type WorkflowAction } from './workflow';

const now = new Date('2026-11-29T07:00:00Z');
const writer: Actor = { id: 1, role: 'writer', active: true };
const otherWriter: Actor = { id: 2, role: 'writer', active: true };
const reviewer: Actor = { id: 3, role: 'reviewer', active: true };
const admin: Actor = { id: 4, role: 'admin', active: true };
const inactiveReviewer: Actor = { id: 5, role: 'reviewer', active: false };

type Who = 'author' | 'otherWriter' | 'reviewer' | 'admin' | 'inactiveReviewer' | 'reviewerAuthor' | 'reviewerLastEditor';

function scenario(who: Who, status: ArticleStatus) {
  switch (who) {
    case 'author':
      return { actor: writer, article: { authorId: 1, lastEditorId: 1, status } };
    case 'otherWriter':
      return { actor: otherWriter, article: { authorId: 1, lastEditorId: 1, status } };
    case 'reviewer':
      return { actor: reviewer, article: { authorId: 1, lastEditorId: 1, status } };
    case 'admin':
      return { actor: admin, article: { authorId: 1, lastEditorId: 1, status } };
    case 'inactiveReviewer':
      return { actor: inactiveReviewer, article: { authorId: 1, lastEditorId: 1, status } };
    case 'reviewerAuthor':
      return { actor: reviewer, article: { authorId: 3, lastEditorId: 3, status } };
    case 'reviewerLastEditor':
      return { actor: reviewer, article: { authorId: 1, lastEditorId: 3, status } };
  }
}

/** The expected outcome of every state × action × role: the target state, or why it is refused. */
const validFrom: Record<WorkflowAction, ArticleStatus[]> = {
  submit: ['draft', 'changes_requested'],
  requestChanges: ['in_review'],
  approve: ['in_review'],
  publish: ['approved', 'unpublished'],
  unpublish: ['published'],
  reopen: ['approved', 'unpublished'],
};
const allowed: Record<WorkflowAction, Who[]> = {
  // Only the author submits their own text; a reviewer can do all a writer can, i.e. submit their own.
  submit: ['author', 'reviewerAuthor'],
  requestChanges: ['reviewer', 'admin', 'reviewerAuthor', 'reviewerLastEditor'],
  // Four eyes: a reviewer may not approve or publish their own article or their own last edit.
  approve: ['reviewer', 'admin'],
  publish: ['reviewer', 'admin'],
  unpublish: ['reviewer', 'admin', 'reviewerAuthor', 'reviewerLastEditor'],
  // Back to draft puts nothing out: the author may pull their own text back; reviewers any text.
  reopen: ['author', 'reviewer', 'admin', 'reviewerAuthor', 'reviewerLastEditor'],
};
const target: Record<WorkflowAction, ArticleStatus> = {
  submit: 'in_review',
  requestChanges: 'changes_requested',
  approve: 'approved',
  publish: 'published',
  unpublish: 'unpublished',
  reopen: 'draft',
};
const everyone: Who[] = ['author', 'otherWriter', 'reviewer', 'admin', 'inactiveReviewer', 'reviewerAuthor', 'reviewerLastEditor'];

describe('decideTransition: every state × action × role', () => {
  for (const status of articleStatuses) {
    for (const action of workflowActions) {
      for (const who of everyone) {
        const expected = !validFrom[action].includes(status) ? 'invalid_state' : allowed[action].includes(who) ? target[action] : 'forbidden';
        it(`${who} ${action} on ${status} → ${expected}`, () => {
          const decision = decideTransition({ ...scenario(who, status), action, now, comment: 'Please fix the date.' });
          expect(decision.ok ? decision.to : decision.reason).toBe(expected);
        });
      }
    }
  }
});

describe('decideTransition: rules beyond permission', () => {
  it('requires a comment to request changes', () => {
    const { actor, article } = scenario('reviewer', 'in_review');
    expect(decideTransition({ actor, article, action: 'requestChanges', now, comment: '   ' })).toEqual({ ok: false, reason: 'comment_required' });
  });

  it('schedules an approval with a future publish time', () => {
    const { actor, article } = scenario('reviewer', 'in_review');
    const publishAt = new Date(now.getTime() + 60_000);
    expect(decideTransition({ actor, article, action: 'approve', now, publishAt })).toMatchObject({ ok: true, to: 'published', publishAt, scheduled: true });
  });

  it('publishes at once an approval whose time has passed', () => {
    const { actor, article } = scenario('reviewer', 'in_review');
    const publishAt = new Date(now.getTime() - 60_000);
    expect(decideTransition({ actor, article, action: 'approve', now, publishAt })).toMatchObject({ to: 'published', scheduled: false });
  });

  it('publishes now when no time is given and notifies the author', () => {
    const { actor, article } = scenario('reviewer', 'approved');
    expect(decideTransition({ actor, article, action: 'publish', now })).toMatchObject({ to: 'published', publishAt: now, notify: 'author' });
  });

  it('tells reviewers about a submission', () => {
    const { actor, article } = scenario('author', 'draft');
    expect(decideTransition({ actor, article, action: 'submit', now })).toMatchObject({ notify: 'reviewers' });
  });
});

describe('availableActions and isScheduled', () => {
  it('lists the buttons a user may press', () => {
    expect(availableActions(writer, { authorId: 1, lastEditorId: 1, status: 'draft' })).toEqual(['submit']);
    expect(availableActions(reviewer, { authorId: 1, lastEditorId: 1, status: 'in_review' })).toEqual(['requestChanges', 'approve']);
    expect(availableActions(reviewer, { authorId: 3, lastEditorId: 3, status: 'in_review' })).toEqual(['requestChanges']);
  });

  it('calls a published article with a future time scheduled', () => {
    expect(isScheduled('published', new Date(now.getTime() + 1), now)).toBe(true);
    expect(isScheduled('published', now, now)).toBe(false);
    expect(isScheduled('approved', new Date(now.getTime() + 1), now)).toBe(false);
  });
});
