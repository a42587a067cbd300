import { describe, expect, it } from 'vitest';
import { articleStatuses, type ArticleStatus, roles, type Role } from './domain';
import { type Actor, type ArticleAction, articleActions, type ArticleFacts, can, canEditMedia, type GeneralAction, generalActions } from './permissions';

/**
 * The matrix written out by hand from the brief, independently of the implementation: for each
 * action and role, the statuses in which it is allowed on the actor's own article, on someone
 * else's article, and on someone else's article that the actor edited last (the four-eyes case).
 */
type Relation = 'own' | 'other' | 'otherLastEditedByActor';
type Expectation = Record<Relation, readonly ArticleStatus[]>;

const all = articleStatuses;
const none: readonly ArticleStatus[] = [];
const authorEditable = ['draft', 'changes_requested'] as const;
const same = (statuses: readonly ArticleStatus[]): Expectation => ({ own: statuses, other: statuses, otherLastEditedByActor: statuses });
const ownOnly = (statuses: readonly ArticleStatus[]): Expectation => ({ own: statuses, other: none, otherLastEditedByActor: none });
/** Four eyes: never on one's own article, nor on one the actor edited last. */
const fourEyes = (statuses: readonly ArticleStatus[]): Expectation => ({ own: none, other: statuses, otherLastEditedByActor: none });

const articleMatrix: Record<ArticleAction, Record<Role, Expectation>> = {
  'article.view': { writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.preview': { writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.history': { writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.comment': { writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.translate': { writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.edit': {
    writer: ownOnly(authorEditable),
    reviewer: { own: [...authorEditable, 'in_review'], other: ['in_review'], otherLastEditedByActor: ['in_review'] },
    admin: { own: [...authorEditable, 'in_review'], other: ['in_review'], otherLastEditedByActor: ['in_review'] },
  },
  'article.submit': { writer: ownOnly(authorEditable), reviewer: ownOnly(authorEditable), admin: ownOnly(authorEditable) },
  'article.requestChanges': { writer: same(none), reviewer: same(['in_review']), admin: same(['in_review']) },
  'article.approve': { writer: same(none), reviewer: fourEyes(['in_review']), admin: fourEyes(['in_review']) },
  'article.publish': { writer: same(none), reviewer: fourEyes(['approved', 'unpublished']), admin: fourEyes(['approved', 'unpublished']) },
  'article.unpublish': { writer: same(none), reviewer: same(['published']), admin: same(['published']) },
  'article.reopen': {
    writer: ownOnly(['approved', 'unpublished', 'withdrawn']),
    reviewer: same(['approved', 'unpublished', 'withdrawn']),
    admin: same(['approved', 'unpublished', 'withdrawn']),
  },
  'article.embargoLink': { writer: same(none), reviewer: same(['approved', 'published']), admin: same(['approved', 'published']) },
  'article.revokeEmbargoLink': { writer: same(none), reviewer: same(all), admin: same(all) },
  'article.withdraw': { writer: same(none), reviewer: same(['published', 'unpublished']), admin: same(['published', 'unpublished']) },
  'article.setExpiry': { writer: same(none), reviewer: same(['approved', 'published']), admin: same(['approved', 'published']) },
  'article.correct': { writer: ownOnly(['published']), reviewer: same(['published']), admin: same(['published']) },
  // On a correction's facts: the copy's author, or any reviewer, while the copy is open.
  'article.discardCorrection': {
    writer: ownOnly(['draft', 'in_review', 'changes_requested', 'approved']),
    reviewer: same(['draft', 'in_review', 'changes_requested', 'approved']),
    admin: same(['draft', 'in_review', 'changes_requested', 'approved']),
  },
  'article.previewLink': {
    writer: ownOnly(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished']),
    reviewer: same(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished']),
    admin: same(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished']),
  },
  'article.revokePreviewLink': { writer: ownOnly(all), reviewer: same(all), admin: same(all) },
};

const generalMatrix: Record<GeneralAction, readonly Role[]> = {
  'article.create': ['writer', 'reviewer', 'admin'],
  'article.viewAll': ['reviewer', 'admin'],
  'media.upload': ['writer', 'reviewer', 'admin'],
  'media.manage': ['reviewer', 'admin'],
  'media.settings': ['admin'],
  'user.manage': ['admin'],
  'category.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'admin.access': ['writer', 'reviewer', 'admin'],
  'account.changePassword': ['writer', 'reviewer', 'admin'],
};

const actorId = 7;
const someoneElse = 8;
const actorOf = (role: Role, active = true): Actor => ({ id: actorId, role, active });

function articleFor(relation: Relation, status: ArticleStatus): ArticleFacts {
  switch (relation) {
    case 'own':
      return { authorId: actorId, lastEditorId: actorId, status };
    case 'other':
      return { authorId: someoneElse, lastEditorId: someoneElse, status };
    case 'otherLastEditedByActor':
      return { authorId: someoneElse, lastEditorId: actorId, status };
  }
}

const relations: Relation[] = ['own', 'other', 'otherLastEditedByActor'];
const articleCases = articleActions.flatMap((action) =>
  roles.flatMap((role) =>
    relations.flatMap((relation) =>
      articleStatuses.map((status) => ({ action, role, relation, status, allowed: articleMatrix[action][role][relation].includes(status) })),
    ),
  ),
);

describe('permission matrix: article actions', () => {
  it('covers every role × action × relation × status', () => {
    expect(articleCases).toHaveLength(articleActions.length * roles.length * relations.length * articleStatuses.length);
  });

  it.each(articleCases)('$role $action on $relation article in $status → $allowed', ({ action, role, relation, status, allowed }) => {
    expect(can(actorOf(role), action, articleFor(relation, status))).toBe(allowed);
  });

  it.each(articleCases.filter((c) => c.allowed))('a deactivated $role may not $action ($relation, $status)', ({ action, role, relation, status }) => {
    expect(can(actorOf(role, false), action, articleFor(relation, status))).toBe(false);
  });

  it('four eyes holds even for an admin who only edited the text last', () => {
    const editedByAdmin: ArticleFacts = { authorId: someoneElse, lastEditorId: actorId, status: 'in_review' };
    expect(can(actorOf('admin'), 'article.approve', editedByAdmin)).toBe(false);
    expect(can(actorOf('admin'), 'article.publish', { ...editedByAdmin, status: 'approved' })).toBe(false);
    expect(can({ id: 9, role: 'admin', active: true }, 'article.approve', editedByAdmin)).toBe(true);
  });

  it('an article action without its article is refused', () => {
    for (const action of articleActions) {
      expect(can(actorOf('admin'), action as never)).toBe(false);
    }
  });
});

describe('permission matrix: general actions', () => {
  const generalCases = generalActions.flatMap((action) => roles.map((role) => ({ action, role, allowed: generalMatrix[action].includes(role) })));

  it.each(generalCases)('$role $action → $allowed', ({ action, role, allowed }) => {
    expect(can(actorOf(role), action)).toBe(allowed);
  });

  it.each(generalActions)('nobody signed out or deactivated may %s', (action) => {
    expect(can(null, action)).toBe(false);
    expect(can(undefined, action)).toBe(false);
    for (const role of roles) expect(can(actorOf(role, false), action)).toBe(false);
  });
});

describe('temporary passwords', () => {
  it('a user holding an admin-issued temporary password may only change it', () => {
    const facts = { authorId: 1, lastEditorId: 1, status: 'draft' as const };
    for (const role of roles) {
      const actor = { ...actorOf(role), mustChangePassword: true };
      const allowedGeneral = generalActions.filter((action) => can(actor, action));
      expect(allowedGeneral).toEqual(['account.changePassword']);
      for (const action of articleActions) expect(can({ ...actor, id: 1 }, action, facts)).toBe(false);
    }
  });

  it('nor edit or delete any image, their own uploads included', () => {
    for (const role of roles) {
      const actor = actorOf(role);
      expect(canEditMedia(actor, { uploadedById: actor.id }), role).toBe(true);
      expect(canEditMedia({ ...actor, mustChangePassword: true }, { uploadedById: actor.id }), role).toBe(false);
      expect(canEditMedia({ ...actor, mustChangePassword: true }, { uploadedById: actor.id + 100 }), role).toBe(false);
    }
  });
});

describe('library images', () => {
  it('their uploader or a library manager edits them; an inactive or signed-out user nobody’s', () => {
    const writer = actorOf('writer');
    expect(canEditMedia(writer, { uploadedById: writer.id + 1 })).toBe(false);
    expect(canEditMedia(writer, { uploadedById: null })).toBe(false);
    expect(canEditMedia(actorOf('reviewer'), { uploadedById: null })).toBe(true);
    expect(canEditMedia({ ...writer, active: false }, { uploadedById: writer.id })).toBe(false);
    expect(canEditMedia(null, { uploadedById: null })).toBe(false);
  });
});
