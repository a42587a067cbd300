import { describe, expect, it } from 'vitest';
import { canApproveAndPublish, decideApproveAndPublish } from './approve-and-publish';
import type { Actor, ArticleFacts } from './permissions';

const now = new Date('2026-11-30T12:00:00Z');
const reviewer: Actor = { id: 2, role: 'reviewer', active: true };
const inReview: ArticleFacts = { authorId: 1, lastEditorId: 1, status: 'in_review', locale: 'ar' };

describe('approve and publish now', () => {
  it('a reviewer of someone else’s text in review: approved, then published at once', () => {
    const decision = decideApproveAndPublish({ actor: reviewer, article: inReview, now });
    expect(decision).toMatchObject({ ok: true, approve: { from: 'in_review', to: 'approved' }, publish: { from: 'approved', to: 'published', publishAt: now, scheduled: false } });
  });

  it('four eyes: not the writer, not the last editor, even an admin', () => {
    expect(decideApproveAndPublish({ actor: { id: 1, role: 'admin', active: true }, article: inReview, now })).toEqual({ ok: false, reason: 'forbidden' });
    expect(canApproveAndPublish(reviewer, { ...inReview, lastEditorId: 2 })).toBe(false);
  });

  it('nor a writer, a translator, another desk, or text not in review', () => {
    expect(canApproveAndPublish({ id: 5, role: 'writer', active: true }, inReview)).toBe(false);
    expect(canApproveAndPublish({ id: 5, role: 'translator', active: true }, inReview)).toBe(false);
    expect(canApproveAndPublish({ ...reviewer, languages: ['fr'] }, inReview)).toBe(false);
    expect(decideApproveAndPublish({ actor: reviewer, article: { ...inReview, status: 'draft' }, now })).toEqual({ ok: false, reason: 'invalid_state' });
  });
});
