import { type ArticleStatus, articleStatuses, type Role } from './domain';

/**
 * Who may do what, in one table. Server actions and route handlers call `can()` before they
 * touch data; the UI calls the same function only to hide what the user could not do anyway.
 */
export interface Actor {
  id: number;
  role: Role;
  active: boolean;
  /** Holding an admin-issued temporary password: nothing is allowed until the user chooses their own. */
  mustChangePassword?: boolean;
  /** Two-factor sign-in is required of this user and not set up yet: nothing else is allowed until it is. */
  mustEnrolTwoFactor?: boolean;
  /** The languages (desks) the user works in; null or absent means every language (`worksIn`). */
  languages?: readonly string[] | null;
}

/** What `can()` needs to know of an article. */
export interface ArticleFacts {
  authorId: number;
  lastEditorId: number | null;
  status: ArticleStatus;
  /** The article's language. Absent, no desk-limited user may act on the article. */
  locale?: string;
  /** The source this article translates; absent or null for a source release. */
  translatedFromId?: number | null;
}

export const articleActions = [
  'article.view',
  'article.edit',
  'article.submit',
  'article.comment',
  'article.requestChanges',
  'article.approve',
  'article.publish',
  'article.unpublish',
  'article.reopen',
  'article.translate',
  'article.markTranslationUpdated',
  'article.preview',
  'article.history',
  'article.embargoLink',
  'article.revokeEmbargoLink',
  'article.withdraw',
  'article.setExpiry',
  'article.correct',
  'article.discardCorrection',
  'article.previewLink',
  'article.revokePreviewLink',
] as const;

export const generalActions = [
  'article.create',
  'article.viewAll',
  'article.review',
  'media.upload',
  'media.manage',
  'media.settings',
  'user.manage',
  'category.manage',
  'audit.read',
  'settings.manage',
  'admin.access',
  'account.changePassword',
  'account.twoFactor',
] as const;

export type ArticleAction = (typeof articleActions)[number];
export type GeneralAction = (typeof generalActions)[number];
export type Action = ArticleAction | GeneralAction;

// A translator ranks with writers for what they may do to their own text; what sets them apart
// (no source releases, translations only) is written out in the rules below.
const roleRank: Record<Role, number> = { translator: 1, writer: 1, reviewer: 2, admin: 3 };
const atLeast = (actor: Actor, role: Role) => roleRank[actor.role] >= roleRank[role];
const isTranslator = (actor: Actor) => actor.role === 'translator';

const editableByAuthor: readonly ArticleStatus[] = ['draft', 'changes_requested'];

/** Approved but not out, or taken down: text that can go back to its writer for another round. */
const reopenable: readonly ArticleStatus[] = ['approved', 'unpublished', 'withdrawn'];

/** A correction's copy that is not yet live nor thrown away (its facts carry the copy's state). */
const openCorrection: readonly ArticleStatus[] = ['draft', 'in_review', 'changes_requested', 'approved'];

/** Actions that put text out under the organization's name: never by its own writer or last editor. */
const fourEyesActions: readonly ArticleAction[] = ['article.approve', 'article.publish'];

/** Releases agreed on (approved, or out): what a translator may read and translate. */
const released: readonly ArticleStatus[] = ['approved', 'published'];

/**
 * Actions that change an article or decide its fate: only for users whose desks include the
 * article's language. Reading, commenting and taking back an embargo link stay open to every desk;
 * translating is checked against the target language (`canTranslateInto`), not the source's.
 */
const deskActions: readonly ArticleAction[] = [
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

/** Whether the user works in `locale` (null or absent languages: every one). */
export function worksIn(actor: Actor, locale: string | undefined): boolean {
  if (!actor.languages) return true;
  return locale !== undefined && actor.languages.includes(locale);
}

const generalRules: Record<GeneralAction, (actor: Actor) => boolean> = {
  // A translator works from existing releases only: no new source release.
  'article.create': (actor) => !isTranslator(actor),
  // A translator looks for releases to translate in the lists, as a reviewer looks for work.
  'article.viewAll': (actor) => atLeast(actor, 'reviewer') || isTranslator(actor),
  // Taking others' text through review (the dashboard's "awaiting review").
  'article.review': (actor) => atLeast(actor, 'reviewer'),
  'media.upload': () => true,
  'media.manage': (actor) => atLeast(actor, 'reviewer'),
  'media.settings': (actor) => atLeast(actor, 'admin'),
  'user.manage': (actor) => atLeast(actor, 'admin'),
  'category.manage': (actor) => atLeast(actor, 'admin'),
  'audit.read': (actor) => atLeast(actor, 'admin'),
  'settings.manage': (actor) => atLeast(actor, 'admin'),
  'admin.access': () => true,
  'account.changePassword': () => true,
  'account.twoFactor': () => true,
};

/** A translator's own text counts as theirs only when it is a translation. */
const ownText = (actor: Actor, article: ArticleFacts, own: boolean) => own && (!isTranslator(actor) || Boolean(article.translatedFromId));

const articleRules: Record<ArticleAction, (actor: Actor, article: ArticleFacts, own: boolean) => boolean> = {
  'article.view': (actor, article, own) => own || atLeast(actor, 'reviewer') || (isTranslator(actor) && released.includes(article.status)),
  'article.preview': (actor, article, own) => own || atLeast(actor, 'reviewer') || (isTranslator(actor) && released.includes(article.status)),
  'article.history': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
  'article.edit': (actor, article, own) =>
    (ownText(actor, article, own) && editableByAuthor.includes(article.status)) || (atLeast(actor, 'reviewer') && article.status === 'in_review'),
  // Submitting says "my text is ready": only its author may say it, whatever their role.
  'article.submit': (actor, article, own) => ownText(actor, article, own) && editableByAuthor.includes(article.status),
  'article.comment': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
  // A translator starts translations of agreed releases only, never of someone's draft.
  'article.translate': (actor, article, own) => (isTranslator(actor) ? released.includes(article.status) : own || atLeast(actor, 'reviewer')),
  // Vouching that a translation matches its source again: its translator (a translator's own text
  // is a translation) or a reviewer, not whoever may start translations of the source.
  'article.markTranslationUpdated': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
  'article.requestChanges': (actor, article) => atLeast(actor, 'reviewer') && article.status === 'in_review',
  'article.approve': (actor, article) => atLeast(actor, 'reviewer') && article.status === 'in_review',
  'article.publish': (actor, article) => atLeast(actor, 'reviewer') && (article.status === 'approved' || article.status === 'unpublished'),
  'article.unpublish': (actor, article) => atLeast(actor, 'reviewer') && article.status === 'published',
  // Back to draft puts nothing out (the text must pass review again), so no four eyes: the writer
  // who spots a mistake after approval may pull their own text back, as may any reviewer.
  'article.reopen': (actor, article, own) => (ownText(actor, article, own) || atLeast(actor, 'reviewer')) && reopenable.includes(article.status),
  'article.embargoLink': (actor, article) => atLeast(actor, 'reviewer') && (article.status === 'approved' || article.status === 'published'),
  // Taking a link back is always safe, whatever became of the article since it was made.
  'article.revokeEmbargoLink': (actor) => atLeast(actor, 'reviewer'),
  // A legal or editorial takedown: the address answers 410 Gone from then on.
  'article.withdraw': (actor, article) => atLeast(actor, 'reviewer') && (article.status === 'published' || article.status === 'unpublished'),
  // Taking a release down at a set time puts nothing out: a reviewer's call, no four eyes.
  'article.setExpiry': (actor, article) => atLeast(actor, 'reviewer') && (article.status === 'approved' || article.status === 'published'),
  // Starting a correction copies the live text; the copy then needs review like any text.
  'article.correct': (actor, article, own) => (ownText(actor, article, own) || atLeast(actor, 'reviewer')) && article.status === 'published',
  // Judged on the correction's own facts (its author, last editor and state), like its edit and review.
  'article.discardCorrection': (actor, correction, own) => (own || atLeast(actor, 'reviewer')) && openCorrection.includes(correction.status),
  // A draft shared with someone outside: its writer or a reviewer, while the text is not withdrawn.
  'article.previewLink': (actor, article, own) => (ownText(actor, article, own) || atLeast(actor, 'reviewer')) && article.status !== 'withdrawn',
  'article.revokePreviewLink': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
};

function isArticleAction(action: Action): action is ArticleAction {
  return (articleActions as readonly string[]).includes(action);
}

/**
 * The whole permission matrix. An inactive user can do nothing. Approving (which may also set the
 * publish time, i.e. schedule) and publishing are never open to the article's author or last editor.
 */
export function can(actor: Actor | null | undefined, action: ArticleAction, article: ArticleFacts): boolean;
export function can(actor: Actor | null | undefined, action: GeneralAction): boolean;
export function can(actor: Actor | null | undefined, action: Action, article?: ArticleFacts): boolean {
  if (!actor || !actor.active) return false;
  // The admin layout shows such a user the form to replace it in place of every page
  // (app/_server/guards.ts): entering the area needs no permission of its own.
  if (actor.mustChangePassword) return action === 'account.changePassword';
  // Likewise while two-factor sign-in is required of them and not set up (the layout shows the setup).
  if (actor.mustEnrolTwoFactor) return action === 'account.twoFactor';
  if (!isArticleAction(action)) return generalRules[action](actor);
  if (!article) return false;
  const own = article.authorId === actor.id;
  if (fourEyesActions.includes(action) && (own || article.lastEditorId === actor.id)) return false;
  if (deskActions.includes(action) && !worksIn(actor, article.locale)) return false;
  return articleRules[action](actor, article, own);
}

/**
 * Whether some article could exist on which `can` lets the actor take `action`: the answer for an
 * article that does not exist, so that a caller without the right is refused alike whether the id
 * names an article or not (the action wrapper answers "not found" only to one who holds it).
 */
export function canOnSomeArticle(actor: Actor | null | undefined, action: ArticleAction): boolean {
  if (!actor) return false;
  const locale = actor.languages ? actor.languages[0] : 'ar';
  return articleStatuses.some((status) =>
    [actor.id, -1].some((authorId) =>
      [null, 1].some((translatedFromId) => can(actor, action, { authorId, lastEditorId: null, status, locale, translatedFromId })),
    ),
  );
}

/** `can` on the article, or, when there is none, `canOnSomeArticle`: what an action's `authorize` asks. */
export function canOnArticle(actor: Actor | null | undefined, action: ArticleAction, article: ArticleFacts | null): boolean {
  return article ? can(actor, action, article) : canOnSomeArticle(actor, action);
}

/**
 * "Translate into…": the source may be in any language, the translation must be in one of the
 * user's. A null source (none with that id) is judged as `canOnArticle` judges it.
 */
export function canTranslateInto(actor: Actor | null | undefined, source: ArticleFacts | null, locale: string): boolean {
  return canOnArticle(actor, 'article.translate', source) && actor !== null && actor !== undefined && worksIn(actor, locale);
}

/** Starting a new source release in `locale`. */
export function canCreateIn(actor: Actor | null | undefined, locale: string): boolean {
  return can(actor, 'article.create') && actor !== null && actor !== undefined && worksIn(actor, locale);
}

/** What `canEditMedia` needs of a library item. */
export interface MediaFacts {
  uploadedById: number | null;
}

/**
 * Alt text, caption, credit and deletion of a library image: its uploader, or anyone who manages
 * the library (reviewers and admins), so a writer cannot rewrite a colleague's credits. Both go
 * through `can()`, so an inactive user or one holding a temporary password edits nothing, not even
 * their own uploads.
 */
export function canEditMedia(actor: Actor | null | undefined, item: MediaFacts | null): boolean {
  if (can(actor, 'media.manage')) return true;
  // No such item: whoever may edit their own uploads holds the right (as `canOnSomeArticle`).
  if (!item) return can(actor, 'media.upload');
  return can(actor, 'media.upload') && item.uploadedById !== null && item.uploadedById === actor?.id;
}
