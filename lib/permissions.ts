import type { ArticleStatus, Role } from './domain';

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
}

/** What `can()` needs to know of an article. */
export interface ArticleFacts {
  authorId: number;
  lastEditorId: number | null;
  status: ArticleStatus;
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
  'media.upload',
  'media.manage',
  'media.settings',
  'user.manage',
  'category.manage',
  'audit.read',
  'settings.manage',
  'admin.access',
  'account.changePassword',
] as const;

export type ArticleAction = (typeof articleActions)[number];
export type GeneralAction = (typeof generalActions)[number];
export type Action = ArticleAction | GeneralAction;

const roleRank: Record<Role, number> = { writer: 1, reviewer: 2, admin: 3 };
const atLeast = (actor: Actor, role: Role) => roleRank[actor.role] >= roleRank[role];

const editableByAuthor: readonly ArticleStatus[] = ['draft', 'changes_requested'];

/** Approved but not out, or taken down: text that can go back to its writer for another round. */
const reopenable: readonly ArticleStatus[] = ['approved', 'unpublished', 'withdrawn'];

/** A correction's copy that is not yet live nor thrown away (its facts carry the copy's state). */
const openCorrection: readonly ArticleStatus[] = ['draft', 'in_review', 'changes_requested', 'approved'];

/** Actions that put text out under the organization's name: never by its own writer or last editor. */
const fourEyesActions: readonly ArticleAction[] = ['article.approve', 'article.publish'];

const generalRules: Record<GeneralAction, (actor: Actor) => boolean> = {
  'article.create': () => true,
  'article.viewAll': (actor) => atLeast(actor, 'reviewer'),
  'media.upload': () => true,
  'media.manage': (actor) => atLeast(actor, 'reviewer'),
  'media.settings': (actor) => atLeast(actor, 'admin'),
  'user.manage': (actor) => atLeast(actor, 'admin'),
  'category.manage': (actor) => atLeast(actor, 'admin'),
  'audit.read': (actor) => atLeast(actor, 'admin'),
  'settings.manage': (actor) => atLeast(actor, 'admin'),
  'admin.access': () => true,
  'account.changePassword': () => true,
};

const articleRules: Record<ArticleAction, (actor: Actor, article: ArticleFacts, own: boolean) => boolean> = {
  'article.view': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
  'article.preview': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
  'article.history': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
  'article.edit': (actor, article, own) =>
    (own && editableByAuthor.includes(article.status)) || (atLeast(actor, 'reviewer') && article.status === 'in_review'),
  // Submitting says "my text is ready": only its author may say it, whatever their role.
  'article.submit': (_actor, article, own) => own && editableByAuthor.includes(article.status),
  'article.comment': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
  'article.translate': (actor, _article, own) => own || atLeast(actor, 'reviewer'),
  'article.requestChanges': (actor, article) => atLeast(actor, 'reviewer') && article.status === 'in_review',
  'article.approve': (actor, article) => atLeast(actor, 'reviewer') && article.status === 'in_review',
  'article.publish': (actor, article) => atLeast(actor, 'reviewer') && (article.status === 'approved' || article.status === 'unpublished'),
  'article.unpublish': (actor, article) => atLeast(actor, 'reviewer') && article.status === 'published',
  // Back to draft puts nothing out (the text must pass review again), so no four eyes: the writer
  // who spots a mistake after approval may pull their own text back, as may any reviewer.
  'article.reopen': (actor, article, own) => (own || atLeast(actor, 'reviewer')) && reopenable.includes(article.status),
  'article.embargoLink': (actor, article) => atLeast(actor, 'reviewer') && (article.status === 'approved' || article.status === 'published'),
  // Taking a link back is always safe, whatever became of the article since it was made.
  'article.revokeEmbargoLink': (actor) => atLeast(actor, 'reviewer'),
  // A legal or editorial takedown: the address answers 410 Gone from then on.
  'article.withdraw': (actor, article) => atLeast(actor, 'reviewer') && (article.status === 'published' || article.status === 'unpublished'),
  // Taking a release down at a set time puts nothing out: a reviewer's call, no four eyes.
  'article.setExpiry': (actor, article) => atLeast(actor, 'reviewer') && (article.status === 'approved' || article.status === 'published'),
  // Starting a correction copies the live text; the copy then needs review like any text.
  'article.correct': (actor, article, own) => (own || atLeast(actor, 'reviewer')) && article.status === 'published',
  // Judged on the correction's own facts (its author, last editor and state), like its edit and review.
  'article.discardCorrection': (actor, correction, own) => (own || atLeast(actor, 'reviewer')) && openCorrection.includes(correction.status),
  // A draft shared with someone outside: its writer or a reviewer, while the text is not withdrawn.
  'article.previewLink': (actor, article, own) => (own || atLeast(actor, 'reviewer')) && article.status !== 'withdrawn',
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
  if (!isArticleAction(action)) return generalRules[action](actor);
  if (!article) return false;
  const own = article.authorId === actor.id;
  if (fourEyesActions.includes(action) && (own || article.lastEditorId === actor.id)) return false;
  return articleRules[action](actor, article, own);
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
export function canEditMedia(actor: Actor | null | undefined, item: MediaFacts): boolean {
  if (can(actor, 'media.manage')) return true;
  return can(actor, 'media.upload') && item.uploadedById !== null && item.uploadedById === actor?.id;
}
