import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, desc, eq, exists, gt, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import type { NewsroomListRow } from '@/lib/domain';
import { type Actor, type ArticleFacts, can } from '@/lib/permissions';
import { isStaleSave, type SaveKind, shouldCoalesce } from '@/lib/revisions';
import { slugify, uniqueSlug } from '@/lib/slug';
import type { TransitionDecision, WorkflowAction } from '@/lib/workflow';
import { db, type Db } from '../index';
import { articleRevisions, articles, articleTags, categories, categoryTranslations, notifications, reviewComments, tags, users } from '../schema';
import { refreshSearchText } from '../search-index';
import { publiclyVisible } from '../visibility';
import { recordAudit } from './audit';
import { revokeAllEmbargoLinks } from './embargo';
import { freezeArticleImageTexts, syncArticleMedia } from './media';
import { discardOpenCorrections } from './open-corrections';
import { claimArticleAddress, recordSlugChange } from './redirects';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * What every content write owes the rest of the system, in the same transaction: the search
 * index (search and related news read it) and the record of which library images the article
 * uses (the media library refuses to delete those).
 */
export function afterContentWrite(tx: Tx, articleId: number): void {
  refreshSearchText(tx, articleId);
  const row = tx.select({ body: articles.body, featuredMediaId: articles.featuredMediaId }).from(articles).where(eq(articles.id, articleId)).get();
  if (row) syncArticleMedia(tx, { articleId, body: row.body, featuredMediaId: row.featuredMediaId });
}

export interface EditorArticle extends ArticleFacts {
  id: number;
  translationGroupId: string;
  locale: string;
  slug: string;
  title: string;
  summary: string;
  body: unknown;
  datelineCity: string;
  source: string;
  categoryId: number | null;
  featuredMediaId: number | null;
  authorName: string;
  reviewerId: number | null;
  publishAt: Date | null;
  publishedAt: Date | null;
  expiresAt: Date | null;
  withdrawnAt: Date | null;
  withdrawalReason: string | null;
  translatedFromId: number | null;
  translatedFromVersion: number | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  tags: string[];
}

const editorColumns = {
  id: articles.id,
  translationGroupId: articles.translationGroupId,
  locale: articles.locale,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  body: articles.body,
  datelineCity: articles.datelineCity,
  source: articles.source,
  categoryId: articles.categoryId,
  featuredMediaId: articles.featuredMediaId,
  status: articles.status,
  authorId: articles.authorId,
  authorName: users.name,
  lastEditorId: articles.lastEditorId,
  reviewerId: articles.reviewerId,
  publishAt: articles.publishAt,
  publishedAt: articles.publishedAt,
  expiresAt: articles.expiresAt,
  withdrawnAt: articles.withdrawnAt,
  withdrawalReason: articles.withdrawalReason,
  translatedFromId: articles.translatedFromId,
  translatedFromVersion: articles.translatedFromVersion,
  version: articles.version,
  createdAt: articles.createdAt,
  updatedAt: articles.updatedAt,
};

export function tagNamesOf(reader: Pick<Db, 'select'>, articleId: number): string[] {
  return reader
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, articleId))
    .orderBy(tags.name)
    .all()
    .map((row) => row.name);
}

/** An article with everything the editor, the workflow and the permission check need. */
export function getEditorArticle({ id }: { id: number }): EditorArticle | null {
  const row = db.select(editorColumns).from(articles).innerJoin(users, eq(users.id, articles.authorId)).where(eq(articles.id, id)).get();
  return row ? { ...row, tags: tagNamesOf(db, row.id) } : null;
}

/** The other language versions of an article's release. */
export function listTranslations({ article }: { article: Pick<EditorArticle, 'id' | 'translationGroupId'> }) {
  return db
    .select({ id: articles.id, locale: articles.locale, title: articles.title, status: articles.status })
    .from(articles)
    .where(and(eq(articles.translationGroupId, article.translationGroupId), ne(articles.id, article.id)))
    .all();
}

export function listCategoryOptions({ locale }: { locale: string }) {
  return db
    .select({ id: categories.id, name: categoryTranslations.name })
    .from(categories)
    .innerJoin(categoryTranslations, and(eq(categoryTranslations.categoryId, categories.id), eq(categoryTranslations.locale, locale)))
    .orderBy(categories.position)
    .all();
}

/**
 * Tag names already used in a language, for the editor's autocomplete. Those who see every article
 * get every tag; a writer only the tags of public articles and of their own, since a tag can
 * announce what a colleague's draft or an embargoed release is about.
 */
export function listTagNames({ viewer, locale, now = new Date() }: { viewer: Actor; locale: string; now?: Date }): string[] {
  const seesAll = can(viewer, 'article.viewAll');
  const visibleUse = db
    .select({ one: sql`1` })
    .from(articleTags)
    .innerJoin(articles, eq(articles.id, articleTags.articleId))
    .where(and(eq(articleTags.tagId, tags.id), or(publiclyVisible(now), eq(articles.authorId, viewer.id))));
  return db
    .select({ name: tags.name })
    .from(tags)
    .where(and(eq(tags.locale, locale), seesAll ? undefined : exists(visibleUse)))
    .orderBy(tags.name)
    .all()
    .map((row) => row.name);
}

export function slugTaken(reader: Pick<Db, 'select'>, locale: string, slug: string, exceptId?: number): boolean {
  const found = reader
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined))
    .get();
  return found !== undefined;
}

export function setTags(tx: Tx, articleId: number, locale: string, names: readonly string[]) {
  tx.delete(articleTags).where(eq(articleTags.articleId, articleId)).run();
  const seen = new Set<string>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug === '' || seen.has(slug)) continue;
    seen.add(slug);
    const tagId =
      tx.select({ id: tags.id }).from(tags).where(and(eq(tags.locale, locale), eq(tags.slug, slug))).get()?.id ??
      tx.insert(tags).values({ locale, name: name.trim(), slug }).returning({ id: tags.id }).get().id;
    tx.insert(articleTags).values({ articleId, tagId }).run();
  }
}

interface RevisionContent {
  version: number;
  title: string;
  summary: string;
  body: unknown;
}

/**
 * Records a revision, folding an autosave into the previous autosave when `shouldCoalesce` says so.
 * A correction's copy (`correctionId`) keeps its own line of revisions beside the live text's.
 */
export function writeRevision(tx: Tx, articleId: number, editorId: number, kind: SaveKind, content: RevisionContent, now: Date, correctionId: number | null = null) {
  const latest = tx
    .select({ id: articleRevisions.id, editorId: articleRevisions.editorId, reason: articleRevisions.reason, correctionId: articleRevisions.correctionId, createdAt: articleRevisions.createdAt })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .get();
  if (latest && latest.correctionId === correctionId && shouldCoalesce(latest, { editorId, kind, at: now })) {
    tx.update(articleRevisions).set({ ...content, updatedAt: now }).where(eq(articleRevisions.id, latest.id)).run();
    return;
  }
  tx.insert(articleRevisions)
    .values({ articleId, editorId, reason: kind, ...content, correctionId, createdAt: now, updatedAt: now })
    .run();
}

export interface NewArticleInput {
  locale: string;
  title: string;
  body: unknown;
  summary?: string;
  datelineCity: string;
  source: string;
  categoryId?: number | null;
  /** Translating: the article this one translates, which gives the translation group. */
  translatedFrom?: { id: number; translationGroupId: string; version: number };
}

/** Creates a draft (or a translation draft) with its first revision and audit entry. */
export function createArticle({ actor, input, now = new Date() }: { actor: Actor; input: NewArticleInput; now?: Date }) {
  return db.transaction((tx) => {
    const slug = uniqueSlug(slugify(input.title) || 'article', (candidate) => slugTaken(tx, input.locale, candidate));
    const row = tx
      .insert(articles)
      .values({
        translationGroupId: input.translatedFrom?.translationGroupId ?? randomUUID(),
        locale: input.locale,
        slug,
        title: input.title,
        summary: input.summary ?? '',
        body: input.body,
        datelineCity: input.datelineCity,
        source: input.source,
        categoryId: input.categoryId ?? null,
        authorId: actor.id,
        lastEditorId: actor.id,
        translatedFromId: input.translatedFrom?.id ?? null,
        translatedFromVersion: input.translatedFrom?.version ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: articles.id, slug: articles.slug, version: articles.version })
      .get();
    claimArticleAddress(tx, { locale: input.locale, slug });
    afterContentWrite(tx, row.id);
    const kind: SaveKind = input.translatedFrom ? 'translate' : 'create';
    writeRevision(tx, row.id, actor.id, kind, { version: row.version, title: input.title, summary: input.summary ?? '', body: input.body }, now);
    recordAudit(tx, {
      actorId: actor.id,
      action: input.translatedFrom ? 'article.translate' : 'article.create',
      entityType: 'article',
      entityId: row.id,
      toStatus: 'draft',
      details: { locale: input.locale, ...(input.translatedFrom ? { sourceId: input.translatedFrom.id } : {}) },
    });
    return row;
  });
}

export interface ArticleEdit {
  title: string;
  /** Already cleaned by `normalizeSlugInput`; made unique here. */
  slug: string;
  summary: string;
  body: unknown;
  datelineCity: string;
  source: string;
  categoryId: number | null;
  tags: string[];
  /** The publish time the writer asks for; the reviewer's approval makes it binding. */
  publishAt: Date | null;
  featuredMediaId: number | null;
}

export type SaveOutcome =
  | { status: 'saved'; version: number; slug: string; savedAt: Date; previousSlug: string }
  | { status: 'conflict'; current: { version: number; title: string; summary: string; body: unknown; editorName: string | null; updatedAt: Date } };

/**
 * The one door for changing an article's content. The version check and the write happen in one
 * transaction, so two saves from the same version cannot both succeed: the second gets the
 * current text back instead of overwriting it.
 */
export function saveArticle({
  actor,
  id,
  baseVersion,
  kind,
  edit,
  now = new Date(),
}: {
  actor: Actor;
  id: number;
  baseVersion: number;
  kind: SaveKind;
  edit: ArticleEdit;
  now?: Date;
}): SaveOutcome {
  return db.transaction((tx) => {
    const current = tx
      .select({ version: articles.version, locale: articles.locale, slug: articles.slug, publishedAt: articles.publishedAt, title: articles.title, summary: articles.summary, body: articles.body, updatedAt: articles.updatedAt, editorName: users.name })
      .from(articles)
      .leftJoin(users, eq(users.id, articles.lastEditorId))
      .where(eq(articles.id, id))
      .get();
    if (!current) throw new Error(`article ${id} vanished during save`);
    if (isStaleSave(current.version, baseVersion)) {
      const { version, title, summary, body, editorName, updatedAt } = current;
      return { status: 'conflict', current: { version, title, summary, body, editorName, updatedAt } } as const;
    }
    const slug = uniqueSlug(edit.slug, (candidate) => slugTaken(tx, current.locale, candidate, id));
    const version = current.version + 1;
    tx.update(articles)
      .set({
        title: edit.title,
        slug,
        summary: edit.summary,
        body: edit.body,
        datelineCity: edit.datelineCity,
        source: edit.source,
        categoryId: edit.categoryId,
        publishAt: edit.publishAt,
        featuredMediaId: edit.featuredMediaId,
        lastEditorId: actor.id,
        version,
        updatedAt: now,
      })
      .where(eq(articles.id, id))
      .run();
    setTags(tx, id, current.locale, edit.tags);
    // A published release's old address keeps answering, with a 301 to the new one.
    recordSlugChange(tx, { articleId: id, locale: current.locale, from: current.slug, to: slug, everPublished: current.publishedAt !== null });
    afterContentWrite(tx, id);
    writeRevision(tx, id, actor.id, kind, { version, title: edit.title, summary: edit.summary, body: edit.body }, now);
    // Autosaves every few seconds would drown the audit log; deliberate saves and restores are recorded.
    const moved = slug !== current.slug ? { slug, previousSlug: current.slug } : {};
    if (kind !== 'autosave') recordAudit(tx, { actorId: actor.id, action: `article.${kind}`, entityType: 'article', entityId: id, details: { version, ...moved } });
    return { status: 'saved', version, slug, savedAt: now, previousSlug: current.slug } as const;
  });
}

export function notify(tx: Tx, { recipients, kind, articleId, actorId }: { recipients: number[]; kind: string; articleId: number; actorId: number }) {
  const unique = [...new Set(recipients)].filter((userId) => userId !== actorId);
  if (unique.length === 0) return;
  tx.insert(notifications)
    .values(unique.map((userId) => ({ userId, kind, articleId, actorId })))
    .run();
}

export function reviewerIds(tx: Tx): number[] {
  return tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.role, ['reviewer', 'admin']), eq(users.active, true)))
    .all()
    .map((row) => row.id);
}

const notificationKinds: Record<WorkflowAction, string> = {
  submit: 'submitted',
  requestChanges: 'changesRequested',
  approve: 'approved',
  publish: 'published',
  unpublish: 'unpublished',
  reopen: 'reopened',
  withdraw: 'withdrawn',
};

/** What every review step leaves behind: the reviewer's note as a comment on the article, and the audit entry. */
export function recordReviewStep(
  tx: Tx,
  { actor, articleId, action, from, to, comment, details, now }: { actor: Actor; articleId: number; action: string; from: string; to: string; comment?: string; details: Record<string, unknown> | null; now: Date },
): void {
  if (comment && comment.trim() !== '') tx.insert(reviewComments).values({ articleId, authorId: actor.id, body: comment.trim(), createdAt: now }).run();
  recordAudit(tx, { actorId: actor.id, action, entityType: 'article', entityId: articleId, fromStatus: from, toStatus: to, details });
}

/**
 * Applies a decision of `decideTransition`: the new state, the review note (a comment), the audit
 * entry and the notifications, in one transaction. Refuses if the state moved meanwhile.
 */
export function transitionArticle({
  actor,
  article,
  action,
  decision,
  comment,
  reason,
  now = new Date(),
}: {
  actor: Actor;
  article: Pick<EditorArticle, 'id' | 'authorId' | 'status' | 'locale'>;
  action: WorkflowAction;
  decision: Extract<TransitionDecision, { ok: true }>;
  comment?: string;
  /** Withdrawal: the reason shown with the 410 notice, if any. */
  reason?: string;
  now?: Date;
}): { changed: boolean } {
  return db.transaction((tx) => {
    const changes: Partial<typeof articles.$inferInsert> = { status: decision.to, updatedAt: now };
    if (action === 'withdraw') Object.assign(changes, { withdrawnAt: now, withdrawalReason: reason?.trim() || null });
    if (decision.publishAt !== undefined) changes.publishAt = decision.publishAt;
    if (decision.to === 'published') changes.publishedAt = decision.publishAt ?? now;
    if (action === 'approve' || action === 'requestChanges') changes.reviewerId = actor.id;
    const updated = tx
      .update(articles)
      .set(changes)
      .where(and(eq(articles.id, article.id), eq(articles.status, decision.from)))
      .run();
    if (updated.changes === 0) return { changed: false };
    recordReviewStep(tx, {
      actor,
      articleId: article.id,
      action: `article.${action}`,
      from: decision.from,
      to: decision.to,
      comment,
      details: decision.publishAt ? { publishAt: decision.publishAt.toISOString(), scheduled: decision.scheduled } : action === 'withdraw' ? { reason: changes.withdrawalReason ?? null } : null,
      now,
    });
    if (action === 'approve') freezeArticleImageTexts(tx, { articleId: article.id, locale: article.locale, now });
    // Text that leaves review's hands must leave partners' hands too: the writer may rewrite it now.
    if (action === 'reopen' || action === 'unpublish') revokeAllEmbargoLinks(tx, { actor, articleId: article.id, reason: action, now });
    // A takedown takes every shared copy with it: partners' links and draft previews alike.
    if (action === 'withdraw') revokeAllEmbargoLinks(tx, { actor, articleId: article.id, reason: action, now, kinds: ['embargo', 'preview'] });
    if (action === 'unpublish' || action === 'withdraw') discardOpenCorrections(tx, { actorId: actor.id, articleId: article.id, reason: action, now });
    const kind = action === 'approve' && decision.scheduled ? 'scheduled' : notificationKinds[action];
    notify(tx, { recipients: decision.notify === 'author' ? [article.authorId] : reviewerIds(tx), kind, articleId: article.id, actorId: actor.id });
    return { changed: true };
  });
}

/** A translation acknowledges the source's current version: the "source changed" flag clears. */
export function markTranslationUpdated({ actor, translationId, sourceVersion }: { actor: Actor; translationId: number; sourceVersion: number }) {
  db.transaction((tx) => {
    tx.update(articles).set({ translatedFromVersion: sourceVersion }).where(eq(articles.id, translationId)).run();
    recordAudit(tx, { actorId: actor.id, action: 'article.translationUpdated', entityType: 'article', entityId: translationId, details: { sourceVersion } });
  });
}

export interface RevisionSummary {
  id: number;
  version: number;
  reason: string;
  /** Set on revisions of a correction's copy (not the live line). */
  correctionId: number | null;
  editorName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function listRevisions({ articleId }: { articleId: number }): RevisionSummary[] {
  return db
    .select({ id: articleRevisions.id, version: articleRevisions.version, reason: articleRevisions.reason, correctionId: articleRevisions.correctionId, editorName: users.name, createdAt: articleRevisions.createdAt, updatedAt: articleRevisions.updatedAt })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.editorId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.id))
    .all();
}

export function getRevision({ articleId, revisionId }: { articleId: number; revisionId: number }) {
  return (
    db
      .select({ id: articleRevisions.id, version: articleRevisions.version, title: articleRevisions.title, summary: articleRevisions.summary, body: articleRevisions.body })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.id, revisionId)))
      .get() ?? null
  );
}

/**
 * The source's text as the translator saw it: the latest revision at or before that version.
 * (An autosave folded into a later revision is represented by the revision before it.)
 */
export function getRevisionAtVersion({ articleId, version }: { articleId: number; version: number }) {
  return (
    db
      .select({ title: articleRevisions.title, summary: articleRevisions.summary, body: articleRevisions.body })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), isNull(articleRevisions.correctionId), lte(articleRevisions.version, version)))
      .orderBy(desc(articleRevisions.version), desc(articleRevisions.id))
      .get() ?? null
  );
}

export interface ReviewComment {
  id: number;
  body: string;
  quote: string | null;
  authorName: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

export function listComments({ articleId }: { articleId: number }): ReviewComment[] {
  return db
    .select({ id: reviewComments.id, body: reviewComments.body, quote: reviewComments.quote, authorName: users.name, createdAt: reviewComments.createdAt, resolvedAt: reviewComments.resolvedAt })
    .from(reviewComments)
    .innerJoin(users, eq(users.id, reviewComments.authorId))
    .where(eq(reviewComments.articleId, articleId))
    .orderBy(reviewComments.createdAt, reviewComments.id)
    .all();
}

export function addComment({ actor, article, body, quote }: { actor: Actor; article: Pick<EditorArticle, 'id' | 'authorId'>; body: string; quote?: string }) {
  db.transaction((tx) => {
    const row = tx
      .insert(reviewComments)
      .values({ articleId: article.id, authorId: actor.id, body, quote: quote && quote !== '' ? quote : null })
      .returning({ id: reviewComments.id })
      .get();
    recordAudit(tx, { actorId: actor.id, action: 'comment.create', entityType: 'article', entityId: article.id, details: { commentId: row.id } });
    notify(tx, { recipients: [article.authorId], kind: 'commented', articleId: article.id, actorId: actor.id });
  });
}

export function resolveComment({ actor, articleId, commentId }: { actor: Actor; articleId: number; commentId: number }): boolean {
  return db.transaction((tx) => {
    const updated = tx
      .update(reviewComments)
      .set({ resolvedAt: new Date(), resolvedBy: actor.id })
      .where(and(eq(reviewComments.id, commentId), eq(reviewComments.articleId, articleId), isNull(reviewComments.resolvedAt)))
      .run();
    if (updated.changes > 0) recordAudit(tx, { actorId: actor.id, action: 'comment.resolve', entityType: 'article', entityId: articleId, details: { commentId } });
    return updated.changes > 0;
  });
}


/** The columns of an article row in newsroom lists (dashboard, article list). */
export const dashboardColumns = {
  id: articles.id,
  locale: articles.locale,
  title: articles.title,
  authorName: users.name,
  status: articles.status,
  publishAt: articles.publishAt,
  updatedAt: articles.updatedAt,
};

export interface Dashboard {
  myDrafts: NewsroomListRow[];
  changesRequested: NewsroomListRow[];
  awaitingReview: NewsroomListRow[];
  scheduled: NewsroomListRow[];
  recentlyPublished: NewsroomListRow[];
}

/**
 * The dashboard's lists for one user. Writers see their own articles; reviewers and admins also
 * see what waits for review (others' work only: nobody reviews themselves) and the whole schedule.
 */
export function getDashboard({
  viewer,
  seesAll,
  reviews = seesAll,
  locales = null,
  now = new Date(),
  limit = 20,
}: {
  viewer: Actor;
  seesAll: boolean;
  /** Whether "awaiting review" lists others' texts (a reviewer's work) or the viewer's own; defaults to `seesAll`. */
  reviews?: boolean;
  /** Only articles in these languages (the user's desks); null: all. */
  locales?: readonly string[] | null;
  now?: Date;
  limit?: number;
}): Dashboard {
  const inLanguages = locales ? inArray(articles.locale, [...locales]) : undefined;
  const list = (where: ReturnType<typeof and>, order: 'updated' | 'publishAt' | 'publishAtDesc' = 'updated') =>
    db
      .select(dashboardColumns)
      .from(articles)
      .innerJoin(users, eq(users.id, articles.authorId))
      .where(and(where, inLanguages))
      .orderBy(order === 'updated' ? desc(articles.updatedAt) : order === 'publishAt' ? articles.publishAt : desc(articles.publishAt))
      .limit(limit)
      .all();
  const mine = eq(articles.authorId, viewer.id);
  const scope = seesAll ? undefined : mine;
  return {
    myDrafts: list(and(mine, eq(articles.status, 'draft'))),
    changesRequested: list(and(mine, eq(articles.status, 'changes_requested'))),
    awaitingReview: reviews ? list(and(eq(articles.status, 'in_review'), ne(articles.authorId, viewer.id))) : list(and(mine, eq(articles.status, 'in_review'))),
    scheduled: list(and(scope, eq(articles.status, 'published'), gt(articles.publishAt, now)), 'publishAt'),
    recentlyPublished: list(and(scope, eq(articles.status, 'published'), lte(articles.publishAt, now)), 'publishAtDesc'),
  };
}
