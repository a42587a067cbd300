import { describe, expect, it } from 'vitest';
import type { Actor, ArticleFacts } from '../permissions';
import { readOnlyNotice } from './read-only';

const writer: Actor = { id: 1, role: 'writer', active: true };
const reviewer: Actor = { id: 2, role: 'reviewer', active: true };
const frenchReviewer: Actor = { id: 3, role: 'reviewer', active: true, languages: ['fr'] };
const byWriter = (status: ArticleFacts['status']): ArticleFacts => ({ authorId: 1, lastEditorId: 1, status, locale: 'ar' });

describe('why an article cannot be edited, and what would open it', () => {
  it('says nothing when the user can edit', () => {
    expect(readOnlyNotice(writer, byWriter('draft'))).toBeNull();
    expect(readOnlyNotice(reviewer, byWriter('in_review'))).toBeNull();
  });

  it('the writer’s text in review: with the reviewers, nothing the writer can press', () => {
    expect(readOnlyNotice(writer, byWriter('in_review'))).toEqual({ reason: 'inReview', remedy: null });
  });

  it('a reviewer on a draft: still the writer’s', () => {
    expect(readOnlyNotice(reviewer, byWriter('draft'))).toEqual({ reason: 'othersDraft', remedy: null });
  });

  it('approved or taken down: back to draft, for the writer and any reviewer', () => {
    expect(readOnlyNotice(writer, byWriter('approved'))).toEqual({ reason: 'approved', remedy: 'reopen' });
    expect(readOnlyNotice(reviewer, byWriter('unpublished'))).toEqual({ reason: 'unpublished', remedy: 'reopen' });
  });

  it('published: a reviewer may unpublish first, the writer may not', () => {
    expect(readOnlyNotice(reviewer, byWriter('published'))).toEqual({ reason: 'published', remedy: 'unpublish' });
    expect(readOnlyNotice(writer, byWriter('published'))).toEqual({ reason: 'published', remedy: null });
  });

  it('another desk’s release: the language is the reason, whatever its state', () => {
    expect(readOnlyNotice(frenchReviewer, byWriter('in_review'))).toEqual({ reason: 'otherDesk', remedy: null });
    expect(readOnlyNotice(frenchReviewer, byWriter('approved'))).toEqual({ reason: 'otherDesk', remedy: null });
  });
});
