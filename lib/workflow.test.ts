import { describe, expect, it } from 'vitest';
import { articleStatuses, type ArticleStatus, correctionStatuses, type CorrectionStatus } from './domain';
import type { Actor } from './permissions';
import {
  availableActions,
  availableCorrectionActions,
  type CorrectionAction,
  correctionActions,
  decideCorrection,
  decideTransition,
  isScheduled,
  workflowActions,
  type WorkflowAction,
} from './workflow';

const now = new Date('2026-11-29T07:00:00Z');
const writer: Actor = { id: 1, role: 'writer', active: true };
const otherWriter: Actor = { id: 2, role: 'writer', active: true };
const reviewer: Actor = { id: 3, role: 'reviewer', active: true };
const admin: Actor = { id: 4, role: 'admin', active: true };
const inactiveReviewer: Actor = { id: 5, role: 'reviewer', active: false };

/** Who acts, on an article written by `authorId` and last edited by `lastEditorId`. */
const people = {
  author: { actor: writer, authorId: 1, lastEditorId: 1 },
  otherWriter: { actor: otherWriter, authorId: 1, lastEditorId: 1 },
  reviewer: { actor: reviewer, authorId: 1, lastEditorId: 1 },
  admin: { actor: admin, authorId: 1, lastEditorId: 1 },
  inactiveReviewer: { actor: inactiveReviewer, authorId: 1, lastEditorId: 1 },
  reviewerAuthor: { actor: reviewer, authorId: 3, lastEditorId: 3 },
  reviewerLastEditor: { actor: reviewer, authorId: 1, lastEditorId: 3 },
} satisfies Record<string, { actor: Actor; authorId: number; lastEditorId: number }>;
type Who = keyof typeof people;

function scenario(who: Who, status: ArticleStatus) {
  const { actor, authorId, lastEditorId } = people[who];
  return { actor, article: { authorId, lastEditorId, status } };
}

/** The expected outcome of every state × action × role: the target state, or why it is refused. */
const validFrom: Record<WorkflowAction, ArticleStatus[]> = {
  submit: ['draft', 'changes_requested'],
  requestChanges: ['in_review'],
  approve: ['in_review'],
  publish: ['approved', 'unpublished'],
  unpublish: ['published'],
  reopen: ['approved', 'unpublished', 'withdrawn'],
  withdraw: ['published', 'unpublished'],
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
  // A takedown puts nothing out: any reviewer, whoever wrote it.
  withdraw: ['reviewer', 'admin', 'reviewerAuthor', 'reviewerLastEditor'],
};
const target: Record<WorkflowAction, ArticleStatus> = {
  submit: 'in_review',
  requestChanges: 'changes_requested',
  approve: 'approved',
  publish: 'published',
  unpublish: 'unpublished',
  reopen: 'draft',
  withdraw: 'withdrawn',
};
const everyone = Object.keys(people) as Who[];

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

/** A correction's copy: the same review, judged on the copy's own author, last editor and state. */
const correctionValidFrom: Record<CorrectionAction, CorrectionStatus[]> = {
  submit: ['draft', 'changes_requested'],
  requestChanges: ['in_review'],
  approve: ['in_review'],
  discard: ['draft', 'in_review', 'changes_requested', 'approved'],
};
const correctionAllowed: Record<CorrectionAction, Who[]> = {
  submit: ['author', 'reviewerAuthor'],
  requestChanges: ['reviewer', 'admin', 'reviewerAuthor', 'reviewerLastEditor'],
  // Four eyes on the copy: whoever started or last edited it may not approve it.
  approve: ['reviewer', 'admin'],
  // Throwing a copy away puts nothing out: its author or any reviewer.
  discard: ['author', 'reviewer', 'admin', 'reviewerAuthor', 'reviewerLastEditor'],
};
const correctionTarget: Record<CorrectionAction, CorrectionStatus> = {
  submit: 'in_review',
  requestChanges: 'changes_requested',
  approve: 'applied',
  discard: 'discarded',
};

describe('decideCorrection: every copy state × action × role', () => {
  for (const status of correctionStatuses) {
    for (const action of correctionActions) {
      for (const who of everyone) {
        const expected = !correctionValidFrom[action].includes(status) ? 'invalid_state' : correctionAllowed[action].includes(who) ? correctionTarget[action] : 'forbidden';
        it(`${who} ${action} on a ${status} copy → ${expected}`, () => {
          const { actor, article } = scenario(who, 'draft');
          const decision = decideCorrection({ actor, correction: { ...article, status }, action, now, comment: 'Fix the figure.', kind: 'updated' });
          expect(decision.ok ? decision.to : decision.reason).toBe(expected);
        });
      }
    }
  }
});

describe('decideCorrection: what approval needs', () => {
  const { actor, article } = scenario('reviewer', 'in_review');
  const correction = { ...article, status: 'in_review' as const };

  it('asks whether readers get a note or only a new date, and a note for a correction', () => {
    expect(decideCorrection({ actor, correction, action: 'approve', now })).toEqual({ ok: false, reason: 'kind_required' });
    expect(decideCorrection({ actor, correction, action: 'approve', now, kind: 'correction', note: '  ' })).toEqual({ ok: false, reason: 'note_required' });
    expect(decideCorrection({ actor, correction, action: 'approve', now, kind: 'correction', note: ' صُحّح الرقم ' })).toMatchObject({ ok: true, to: 'applied', note: 'صُحّح الرقم', appliesNow: true });
  });

  it('keeps no note for an "updated" approval', () => {
    expect(decideCorrection({ actor, correction, action: 'approve', now, kind: 'updated', note: 'ignored' })).toMatchObject({ kind: 'updated', note: null });
  });

  it('schedules a correction with a time ahead, and applies at once one whose time has passed', () => {
    const later = new Date(now.getTime() + 60_000);
    expect(decideCorrection({ actor, correction, action: 'approve', now, kind: 'updated', applyAt: later })).toMatchObject({ to: 'approved', applyAt: later, appliesNow: false });
    expect(decideCorrection({ actor, correction, action: 'approve', now, kind: 'updated', applyAt: new Date(now.getTime() - 1) })).toMatchObject({ to: 'applied', applyAt: now });
  });

  it('lists the buttons of a copy', () => {
    expect(availableCorrectionActions(writer, { authorId: 1, lastEditorId: 1, status: 'draft' })).toEqual(['submit', 'discard']);
    expect(availableCorrectionActions(reviewer, correction)).toEqual(['requestChanges', 'approve', 'discard']);
    expect(availableCorrectionActions(reviewer, { ...correction, status: 'applied' })).toEqual([]);
  });
});
