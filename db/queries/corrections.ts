import 'server-only';
import { and, asc, desc, eq, inArray, isNotNull, isNull, lte } from 'drizzle-orm';
import type { CorrectionKind, CorrectionStatus } from '@/lib/domain';
import type { Actor } from '@/lib/permissions';
import type { SaveKind } from '@/lib/revisions';
import type { CorrectionAction, CorrectionDecision } from '@/lib/workflow';
import { afterArticleWrite } from '../article-writes';
import type { Tx } from '../client';
import { db } from '../index';
import { articleCorrections, articleRevisions, articles, users } from '../schema';
import { recordAudit } from './audit';
import { openCorrectionStatuses } from './open-corrections';
import { freezeArticleImageTexts } from './media';
import { type ArticleEdit, saveConflict, type SaveOutcome, setTags } from './article-content';
import { writeRevision } from './article-revisions';
import { recordReviewStep } from './article-workflow';
import { type ArticleText, tagNamesOf } from './editor-article';
import { notify, reviewerIds } from './notifications';

/**
 * Corrections of published articles (lib/workflow.ts `decideCorrection`): a copy of the live text
 * is edited and reviewed while the live text stays online; approval applies it to the article at
 * once, or at its time. No cron applies a scheduled one: `applyDueCorrections` runs before every
 * public render, and public pages expire at the next correction's time (db/queries/public-schedule.ts
 * `nextScheduledChange`), so the first reader after that moment gets the corrected text.
 */

export interface Correction extends ArticleText {
  id: number;
  articleId: number;
  /** The article's language: a copy is worked on by the desk of its release. */
  locale: string;
  status: CorrectionStatus;
  tags: string[];
  authorId: number;
  authorName: string;
  lastEditorId: number | null;
  kind: CorrectionKind | null;
  note: string | null;
  applyAt: Date | null;
  version: number;
  updatedAt: Date;
}

const correctionColumns = {
  id: articleCorrections.id,
  articleId: articleCorrections.articleId,
  locale: articles.locale,
  status: articleCorrections.status,
  title: articleCorrections.title,
  summary: articleCorrections.summary,
  body: articleCorrections.body,
  datelineCity: articleCorrections.datelineCity,
  source: articleCorrections.source,
  categoryId: articleCorrections.categoryId,
  featuredMediaId: articleCorrections.featuredMediaId,
  tags: articleCorrections.tags,
  authorId: articleCorrections.authorId,
  authorName: users.name,
  lastEditorId: articleCorrections.lastEditorId,
  kind: articleCorrections.kind,
  note: articleCorrections.note,
  applyAt: articleCorrections.applyAt,
  version: articleCorrections.version,
  updatedAt: articleCorrections.updatedAt,
};

/** The article's correction that is neither applied nor discarded (there is at most one). */
export function getOpenCorrection({ articleId }: { articleId: number }): Correction | null {
  return (
    db
      .select(correctionColumns)
      .from(articleCorrections)
      .innerJoin(articles, eq(articles.id, articleCorrections.articleId))
      .innerJoin(users, eq(users.id, articleCorrections.authorId))
      .where(and(eq(articleCorrections.articleId, articleId), inArray(articleCorrections.status, openCorrectionStatuses)))
      .get() ?? null
  );
}

/** Copies the live text into a new correction, or returns the one already open. */
export function startCorrection({ actor, articleId, now = new Date() }: { actor: Actor; articleId: number; now?: Date }): { id: number; created: boolean } {
  return db.transaction((tx) => {
    const open = tx.select({ id: articleCorrections.id }).from(articleCorrections).where(and(eq(articleCorrections.articleId, articleId), inArray(articleCorrections.status, openCorrectionStatuses))).get();
    if (open) return { id: open.id, created: false };
    const live = tx.select().from(articles).where(eq(articles.id, articleId)).get();
    if (!live) throw new Error(`article ${articleId} vanished`);
    const { title, summary, body, datelineCity, source, categoryId, featuredMediaId } = live;
    const tags = tagNamesOf(tx, articleId);
    const row = tx
      .insert(articleCorrections)
      .values({ articleId, title, summary, body, datelineCity, source, categoryId, featuredMediaId, tags, authorId: actor.id, lastEditorId: actor.id, createdAt: now, updatedAt: now })
      .returning({ id: articleCorrections.id })
      .get();
    writeRevision(tx, articleId, actor.id, 'correctionStart', { version: 1, title, summary, body }, now, row.id);
    recordAudit(tx, { actorId: actor.id, action: 'correction.start', entityType: 'article', entityId: articleId, details: { correctionId: row.id } });
    return { id: row.id, created: true };
  });
}

/** Saves the copy (never the live text), with the same version check as an article save. */
export function saveCorrection({
  actor,
  correction,
  slug,
  baseVersion,
  kind,
  edit,
  now = new Date(),
}: {
  actor: Actor;
  correction: Pick<Correction, 'id' | 'articleId'>;
  /** The live address: a correction does not move the article. */
  slug: string;
  baseVersion: number;
  kind: SaveKind;
  edit: Omit<ArticleEdit, 'slug' | 'publishAt'>;
  now?: Date;
}): SaveOutcome {
  return db.transaction((tx) => {
    const current = tx
      .select({ version: articleCorrections.version, title: articleCorrections.title, summary: articleCorrections.summary, body: articleCorrections.body, updatedAt: articleCorrections.updatedAt, editorName: users.name })
      .from(articleCorrections)
      .leftJoin(users, eq(users.id, articleCorrections.lastEditorId))
      .where(eq(articleCorrections.id, correction.id))
      .get();
    if (!current) throw new Error(`correction ${correction.id} vanished during save`);
    const conflict = saveConflict(current, baseVersion);
    if (conflict) return conflict;
    const version = current.version + 1;
    const { title, summary, body, datelineCity, source, categoryId, featuredMediaId, tags } = edit;
    tx.update(articleCorrections)
      .set({ title, summary, body, datelineCity, source, categoryId, featuredMediaId, tags, lastEditorId: actor.id, version, updatedAt: now })
      .where(eq(articleCorrections.id, correction.id))
      .run();
    writeRevision(tx, correction.articleId, actor.id, kind, { version, title, summary, body }, now, correction.id);
    if (kind !== 'autosave') recordAudit(tx, { actorId: actor.id, action: 'correction.save', entityType: 'article', entityId: correction.articleId, details: { correctionId: correction.id, version } });
    return { status: 'saved', version, slug, savedAt: now, previousSlug: slug } as const;
  });
}

const notificationKinds: Record<CorrectionAction, string> = {
  submit: 'correctionSubmitted',
  requestChanges: 'changesRequested',
  approve: 'correctionApproved',
  discard: 'correctionDiscarded',
};

/** Applies a decision of `decideCorrection` in one transaction (and the copy itself, when it applies now). */
export function transitionCorrection({
  actor,
  correction,
  article,
  action,
  decision,
  comment,
  now = new Date(),
}: {
  actor: Actor;
  correction: Pick<Correction, 'id' | 'authorId'>;
  article: { id: number; authorId: number };
  action: CorrectionAction;
  decision: Extract<CorrectionDecision, { ok: true }>;
  comment?: string;
  now?: Date;
}): { changed: boolean } {
  return db.transaction((tx) => {
    const changes: Partial<typeof articleCorrections.$inferInsert> = { status: decision.to === 'applied' ? 'approved' : decision.to, updatedAt: now };
    if (action === 'approve') Object.assign(changes, { kind: decision.kind, note: decision.note, applyAt: decision.applyAt, reviewerId: actor.id });
    if (action === 'requestChanges') changes.reviewerId = actor.id;
    const updated = tx
      .update(articleCorrections)
      .set(changes)
      .where(and(eq(articleCorrections.id, correction.id), eq(articleCorrections.status, decision.from)))
      .run();
    if (updated.changes === 0) return { changed: false };
    recordReviewStep(tx, {
      actor,
      articleId: article.id,
      action: `correction.${action}`,
      from: decision.from,
      to: decision.to,
      comment,
      details: { correctionId: correction.id, ...(decision.applyAt ? { applyAt: decision.applyAt.toISOString(), kind: decision.kind, note: decision.note } : {}) },
      now,
    });
    if (decision.appliesNow) applyCorrection(tx, { correctionId: correction.id, now });
    const recipients = decision.notify === 'author' ? [correction.authorId, article.authorId] : reviewerIds(tx);
    notify(tx, { recipients, kind: notificationKinds[action], articleId: article.id, actorId: actor.id });
    return { changed: true };
  });
}

/**
 * The approved copy becomes the live text: a new article version and live revision (so
 * translations see "source changed"), the search index and image texts refreshed, and the
 * "Updated" date set to the moment it took effect.
 */
function applyCorrection(tx: Tx, { correctionId, now }: { correctionId: number; now: Date }): { articleId: number } {
  const copy = tx.select().from(articleCorrections).where(eq(articleCorrections.id, correctionId)).get();
  if (!copy || copy.status !== 'approved') throw new Error(`correction ${correctionId} is not approved`);
  const live = tx.select({ version: articles.version, status: articles.status, locale: articles.locale }).from(articles).where(eq(articles.id, copy.articleId)).get();
  if (!live) throw new Error(`article ${copy.articleId} vanished`);
  const at = copy.applyAt ?? now;
  const version = live.version + 1;
  const editorId = copy.lastEditorId ?? copy.authorId;
  const { title, summary, body, datelineCity, source, categoryId, featuredMediaId } = copy;
  tx.update(articles)
    .set({ title, summary, body, datelineCity, source, categoryId, featuredMediaId, lastEditorId: editorId, version, revisedAt: at, updatedAt: at })
    .where(eq(articles.id, copy.articleId))
    .run();
  setTags(tx, copy.articleId, live.locale, copy.tags);
  afterArticleWrite(tx, { articleId: copy.articleId, previousStatus: live.status });
  writeRevision(tx, copy.articleId, editorId, 'correction', { version, title, summary, body }, at);
  // The images' texts as they stand now were reviewed with this correction.
  freezeArticleImageTexts(tx, { articleId: copy.articleId, locale: live.locale, now: at });
  tx.update(articleCorrections).set({ status: 'applied', appliedAt: at, updatedAt: now }).where(eq(articleCorrections.id, correctionId)).run();
  recordAudit(tx, { actorId: copy.reviewerId, action: 'correction.apply', entityType: 'article', entityId: copy.articleId, details: { correctionId, version, kind: copy.kind, appliedAt: at.toISOString() } });
  return { articleId: copy.articleId };
}

/** Applies every approved correction whose time has come; returns the articles it changed. */
export function applyDueCorrections(now = new Date()): { locale: string; translationGroupId: string }[] {
  const due = db
    .select({ id: articleCorrections.id })
    .from(articleCorrections)
    .where(and(eq(articleCorrections.status, 'approved'), isNotNull(articleCorrections.applyAt), lte(articleCorrections.applyAt, now)))
    .orderBy(asc(articleCorrections.applyAt))
    .all();
  return due.flatMap(({ id }) =>
    db.transaction((tx) => {
      // Another render may have applied it meanwhile: the status is read again inside the transaction.
      const still = tx.select({ status: articleCorrections.status }).from(articleCorrections).where(eq(articleCorrections.id, id)).get();
      if (still?.status !== 'approved') return [];
      const { articleId } = applyCorrection(tx, { correctionId: id, now });
      return tx.select({ locale: articles.locale, translationGroupId: articles.translationGroupId }).from(articles).where(eq(articles.id, articleId)).all();
    }),
  );
}

export interface CorrectionNote {
  note: string;
  appliedAt: Date;
}

/** The notes readers see at the end of an article, oldest first: every applied correction of kind `correction`. */
export function listCorrectionNotes({ articleId }: { articleId: number }): CorrectionNote[] {
  return db
    .select({ note: articleCorrections.note, appliedAt: articleCorrections.appliedAt })
    .from(articleCorrections)
    .where(and(eq(articleCorrections.articleId, articleId), eq(articleCorrections.status, 'applied'), eq(articleCorrections.kind, 'correction')))
    .orderBy(asc(articleCorrections.appliedAt))
    .all()
    .flatMap((row) => (row.note && row.appliedAt ? [{ note: row.note, appliedAt: row.appliedAt }] : []));
}

/** The revision the editor shows now, for a preview link: the open correction's latest, else the live text's latest. */
export function editedRevisionId({ articleId }: { articleId: number }): number | null {
  const open = getOpenCorrection({ articleId });
  return (
    db
      .select({ id: articleRevisions.id })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, articleId), open ? eq(articleRevisions.correctionId, open.id) : isNull(articleRevisions.correctionId)))
      .orderBy(desc(articleRevisions.id))
      .get()?.id ?? null
  );
}
