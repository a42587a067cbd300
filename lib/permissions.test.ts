import { describe, expect, it } from 'vitest';
import { articleStatuses, type ArticleStatus, roles, type Role } from './domain';
import {
  type Actor,
  type ArticleAction,
  articleActions,
  type ArticleFacts,
  can,
  canCreateIn,
  canEditMedia,
  canOnArticle,
  canOnSomeArticle,
  canTranslateInto,
  type GeneralAction,
  generalActions,
} from './permissions';

/**
 * The matrix written out by hand from the brief, independently of the implementation: for each
 * action and role, the statuses in which it is allowed on the actor's own article, on someone
 * else's article, and on someone else's article that the actor edited last (the four-eyes case).
 */
type Relation = 'own' | 'ownTranslation' | 'other' | 'otherLastEditedByActor';
type Expectation = Record<Relation, readonly ArticleStatus[]>;

const all = articleStatuses;
const none: readonly ArticleStatus[] = [];
const authorEditable = ['draft', 'changes_requested'] as const;
const released = ['approved', 'published'] as const;
const same = (statuses: readonly ArticleStatus[]): Expectation => ({ own: statuses, ownTranslation: statuses, other: statuses, otherLastEditedByActor: statuses });
const ownOnly = (statuses: readonly ArticleStatus[]): Expectation => ({ own: statuses, ownTranslation: statuses, other: none, otherLastEditedByActor: none });
/** A translator's own text is theirs only when it translates a release. */
const ownTranslationOnly = (statuses: readonly ArticleStatus[]): Expectation => ({ own: none, ownTranslation: statuses, other: none, otherLastEditedByActor: none });
/** Their own articles in every state, anyone's once approved or published. */
const ownOrReleased: Expectation = { own: all, ownTranslation: all, other: released, otherLastEditedByActor: released };
/** Four eyes: never on one's own article, nor on one the actor edited last. */
const fourEyes = (statuses: readonly ArticleStatus[]): Expectation => ({ own: none, ownTranslation: none, other: statuses, otherLastEditedByActor: none });

const reviewerEdit: Expectation = { own: [...authorEditable, 'in_review'], ownTranslation: [...authorEditable, 'in_review'], other: ['in_review'], otherLastEditedByActor: ['in_review'] };

const articleMatrix: Record<ArticleAction, Record<Role, Expectation>> = {
  'article.view': { translator: ownOrReleased, writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.preview': { translator: ownOrReleased, writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.history': { translator: ownOnly(all), writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.comment': { translator: ownOnly(all), writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.translate': { translator: same(released), writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.edit': { translator: ownTranslationOnly(authorEditable), writer: ownOnly(authorEditable), reviewer: reviewerEdit, admin: reviewerEdit },
  'article.submit': { translator: ownTranslationOnly(authorEditable), writer: ownOnly(authorEditable), reviewer: ownOnly(authorEditable), admin: ownOnly(authorEditable) },
  'article.requestChanges': { translator: same(none), writer: same(none), reviewer: same(['in_review']), admin: same(['in_review']) },
  'article.approve': { translator: same(none), writer: same(none), reviewer: fourEyes(['in_review']), admin: fourEyes(['in_review']) },
  'article.publish': { translator: same(none), writer: same(none), reviewer: fourEyes(['approved', 'unpublished']), admin: fourEyes(['approved', 'unpublished']) },
  'article.unpublish': { translator: same(none), writer: same(none), reviewer: same(['published']), admin: same(['published']) },
  'article.reopen': {
    translator: ownTranslationOnly(['approved', 'unpublished', 'withdrawn']),
    writer: ownOnly(['approved', 'unpublished', 'withdrawn']),
    reviewer: same(['approved', 'unpublished', 'withdrawn']),
    admin: same(['approved', 'unpublished', 'withdrawn']),
  },
  'article.embargoLink': { translator: same(none), writer: same(none), reviewer: same(['approved', 'published']), admin: same(['approved', 'published']) },
  'article.revokeEmbargoLink': { translator: same(none), writer: same(none), reviewer: same(all), admin: same(all) },
  'article.withdraw': { translator: same(none), writer: same(none), reviewer: same(['published', 'unpublished']), admin: same(['published', 'unpublished']) },
  'article.setExpiry': { translator: same(none), writer: same(none), reviewer: same(['approved', 'published']), admin: same(['approved', 'published']) },
  'article.correct': { translator: ownTranslationOnly(['published']), writer: ownOnly(['published']), reviewer: same(['published']), admin: same(['published']) },
  // On a correction's facts: the copy's author, or any reviewer, while the copy is open.
  'article.discardCorrection': {
    translator: ownOnly(['draft', 'in_review', 'changes_requested', 'approved']),
    writer: ownOnly(['draft', 'in_review', 'changes_requested', 'approved']),
    reviewer: same(['draft', 'in_review', 'changes_requested', 'approved']),
    admin: same(['draft', 'in_review', 'changes_requested', 'approved']),
  },
  'article.previewLink': {
    translator: ownTranslationOnly(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished']),
    writer: ownOnly(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished']),
    reviewer: same(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished']),
    admin: same(['draft', 'in_review', 'changes_requested', 'approved', 'published', 'unpublished']),
  },
  'article.revokePreviewLink': { translator: ownOnly(all), writer: ownOnly(all), reviewer: same(all), admin: same(all) },
  'article.markTranslationUpdated': { translator: ownOnly(all), writer: ownOnly(all), reviewer: same(all), admin: same(all) },
};

/** Written out from the brief: what a user may do only on articles in a language of their desk. */
const deskLimited: readonly ArticleAction[] = [
  'article.edit',
  'article.submit',
  'article.requestChanges',
  'article.approve',
  'article.publish',
  'article.unpublish',
  'article.reopen',
  'article.embargoLink',
  'article.withdraw',
  'article.setExpiry',
  'article.correct',
  'article.discardCorrection',
  'article.previewLink',
  'article.markTranslationUpdated',
];

const generalMatrix: Record<GeneralAction, readonly Role[]> = {
  'article.create': ['writer', 'reviewer', 'admin'],
  'article.viewAll': ['translator', 'reviewer', 'admin'],
  'article.review': ['reviewer', 'admin'],
  'media.upload': ['translator', 'writer', 'reviewer', 'admin'],
  'media.manage': ['reviewer', 'admin'],
  'media.settings': ['admin'],
  'user.manage': ['admin'],
  'category.manage': ['admin'],
  'audit.read': ['admin'],
  'settings.manage': ['admin'],
  'admin.access': ['translator', 'writer', 'reviewer', 'admin'],
  'account.changePassword': ['translator', 'writer', 'reviewer', 'admin'],
  'account.twoFactor': ['translator', 'writer', 'reviewer', 'admin'],
};

const actorId = 7;
const someoneElse = 8;
const actorOf = (role: Role, active = true, languages: readonly string[] | null = null): Actor => ({ id: actorId, role, active, languages });

/** Every article of the matrix is an Arabic one; a translation translates article 99. */
function articleFor(relation: Relation, status: ArticleStatus): ArticleFacts {
  const locale = 'ar';
  switch (relation) {
    case 'own':
      return { authorId: actorId, lastEditorId: actorId, status, locale, translatedFromId: null };
    case 'ownTranslation':
      return { authorId: actorId, lastEditorId: actorId, status, locale, translatedFromId: 99 };
    case 'other':
      return { authorId: someoneElse, lastEditorId: someoneElse, status, locale, translatedFromId: null };
    case 'otherLastEditedByActor':
      return { authorId: someoneElse, lastEditorId: actorId, status, locale, translatedFromId: null };
  }
}

const relations: Relation[] = ['own', 'ownTranslation', 'other', 'otherLastEditedByActor'];
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

describe('language desks', () => {
  it.each(articleCases.filter((c) => c.allowed))('a $role of the French desk may $action the Arabic article ($relation, $status) only if reading or talking', ({ action, role, relation, status }) => {
    const article = articleFor(relation, status);
    expect(can(actorOf(role, true, ['fr']), action, article)).toBe(!deskLimited.includes(action));
    expect(can(actorOf(role, true, ['fr', 'ar']), action, article)).toBe(true);
  });

  it('an article whose language is not known is closed to every desk-limited user, open to the others', () => {
    const facts: ArticleFacts = { authorId: someoneElse, lastEditorId: someoneElse, status: 'in_review' };
    expect(can(actorOf('reviewer', true, ['ar']), 'article.approve', facts)).toBe(false);
    expect(can(actorOf('reviewer'), 'article.approve', facts)).toBe(true);
  });

  it('an empty desk works in no language', () => {
    expect(can(actorOf('reviewer', true, []), 'article.approve', articleFor('other', 'in_review'))).toBe(false);
  });

  it('translations go into the translator’s languages, from a source in any language', () => {
    const arabicRelease = articleFor('other', 'published');
    const frenchTranslator = actorOf('translator', true, ['fr']);
    expect(canTranslateInto(frenchTranslator, arabicRelease, 'fr')).toBe(true);
    expect(canTranslateInto(frenchTranslator, arabicRelease, 'en')).toBe(false);
    expect(canTranslateInto(frenchTranslator, { ...arabicRelease, status: 'draft' }, 'fr')).toBe(false);
    expect(canTranslateInto(actorOf('translator'), arabicRelease, 'en')).toBe(true);
    expect(canTranslateInto(null, arabicRelease, 'fr')).toBe(false);
  });

  it('a translator vouches for their own translation in any state, never for someone else’s released one', () => {
    const translator = actorOf('translator');
    expect(can(translator, 'article.markTranslationUpdated', articleFor('ownTranslation', 'draft'))).toBe(true);
    expect(can(translator, 'article.markTranslationUpdated', { ...articleFor('other', 'published'), translatedFromId: 99 })).toBe(false);
    expect(can(actorOf('reviewer', true, ['en']), 'article.markTranslationUpdated', { ...articleFor('other', 'published'), locale: 'fr', translatedFromId: 99 })).toBe(false);
    expect(can(actorOf('reviewer', true, ['fr']), 'article.markTranslationUpdated', { ...articleFor('other', 'published'), locale: 'fr', translatedFromId: 99 })).toBe(true);
  });

  it('new source releases: never by a translator, by others only in their languages', () => {
    expect(canCreateIn(actorOf('translator'), 'ar')).toBe(false);
    expect(canCreateIn(actorOf('writer', true, ['fr']), 'ar')).toBe(false);
    expect(canCreateIn(actorOf('writer', true, ['fr']), 'fr')).toBe(true);
    expect(canCreateIn(actorOf('writer'), 'ar')).toBe(true);
    expect(canCreateIn({ ...actorOf('writer'), active: false }, 'ar')).toBe(false);
  });
});

describe('two-factor enrolment', () => {
  it('a user who must set up two-factor sign-in may do nothing else', () => {
    for (const role of roles) {
      const actor = { ...actorOf(role), mustEnrolTwoFactor: true };
      expect(generalActions.filter((action) => can(actor, action))).toEqual(['account.twoFactor']);
      for (const action of articleActions) expect(can(actor, action, articleFor('own', 'draft'))).toBe(false);
    }
  });

  it('a temporary password comes first: it is replaced before two-factor sign-in is set up', () => {
    const actor = { ...actorOf('admin'), mustChangePassword: true, mustEnrolTwoFactor: true };
    expect(generalActions.filter((action) => can(actor, action))).toEqual(['account.changePassword']);
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

describe('a missing article is judged by whether the right is held at all', () => {
  const actor = (role: Role, extra: Partial<Actor> = {}): Actor => ({ id: 7, role, active: true, ...extra });

  it('lets only those who could act on some article through', () => {
    expect(canOnSomeArticle(actor('writer'), 'article.publish')).toBe(false);
    expect(canOnSomeArticle(actor('writer'), 'article.edit')).toBe(true);
    expect(canOnSomeArticle(actor('reviewer'), 'article.publish')).toBe(true);
    expect(canOnSomeArticle(actor('translator'), 'article.approve')).toBe(false);
    expect(canOnSomeArticle(actor('translator'), 'article.translate')).toBe(true);
    expect(canOnSomeArticle(actor('admin', { active: false }), 'article.view')).toBe(false);
    expect(canOnSomeArticle(actor('admin', { mustChangePassword: true }), 'article.edit')).toBe(false);
    expect(canOnSomeArticle(null, 'article.view')).toBe(false);
  });

  it('counts desks: a reviewer of no language edits nothing, one of French does', () => {
    expect(canOnSomeArticle(actor('reviewer', { languages: [] }), 'article.approve')).toBe(false);
    expect(canOnSomeArticle(actor('reviewer', { languages: ['fr'] }), 'article.approve')).toBe(true);
    // Commenting is open to every desk.
    expect(canOnSomeArticle(actor('reviewer', { languages: [] }), 'article.comment')).toBe(true);
  });

  it('asks `can` when the article exists', () => {
    const article: ArticleFacts = { authorId: 7, lastEditorId: 7, status: 'in_review', locale: 'ar' };
    expect(canOnArticle(actor('reviewer'), 'article.approve', article)).toBe(false);
    expect(canOnArticle(actor('reviewer'), 'article.approve', null)).toBe(true);
    expect(canEditMedia(actor('writer'), null)).toBe(true);
    expect(canEditMedia(actor('writer', { active: false }), null)).toBe(false);
  });
});
